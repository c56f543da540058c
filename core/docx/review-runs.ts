import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ICommentOptions, type IRunOptions, type ParagraphChild } from 'docx';
import type { TextRunSpec } from '../layout/print-model.ts';
import type { ReviewComment } from '../review/comments.ts';

/**
 * A copy with marks writes open suggestions as Word revisions (w:ins, w:del) and unresolved comments,
 * with their replies as a thread, as Word comments: Word, WPS and LibreOffice show them natively.
 */
export interface ReviewMarks {
  threads: Map<string, ReviewComment>;
  /** Revision and comment numbers of the package, counted as they are written. */
  next: number;
  /** Each written comment's number and its replies' numbers. */
  written: Map<string, { id: number; replies: number[] }>;
}

export function reviewMarks(threads: readonly ReviewComment[]): ReviewMarks {
  return { threads: new Map(threads.filter((c) => !c.resolved).map((c) => [c.id, c])), next: 1, written: new Map() };
}

/** Whether a paragraph's runs carry anything of review. */
export function hasReviewMarks(runs: readonly TextRunSpec[]): boolean {
  return runs.some((r) => r.change || r.comment);
}

const when = (date: string) => (date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : new Date().toISOString());

/**
 * A paragraph's runs with their revisions, and each comment's range from its first run to its last
 * (a range across paragraphs is kept on the first, where the reviewer's quote is).
 */
export function reviewedRuns(runs: readonly TextRunSpec[], options: (r: TextRunSpec) => IRunOptions, marks: ReviewMarks): ParagraphChild[] {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  runs.forEach((r, i) => {
    if (!r.comment || !marks.threads.has(r.comment) || (marks.written.has(r.comment) && !first.has(r.comment))) return;
    if (!first.has(r.comment)) {
      first.set(r.comment, i);
      const thread = marks.threads.get(r.comment)!;
      marks.written.set(r.comment, { id: marks.next++, replies: thread.replies.map(() => marks.next++) });
    }
    last.set(r.comment, i);
  });
  const ids = (comment: string) => {
    const w = marks.written.get(comment)!;
    return [w.id, ...w.replies];
  };
  const out: ParagraphChild[] = [];
  runs.forEach((r, i) => {
    for (const [comment, at] of first) if (at === i) out.push(...ids(comment).map((n) => new CommentRangeStart(n)));
    const o = options(r);
    if (r.change) {
      const revision = { id: marks.next++, author: r.change.author || '审阅人', date: when(r.change.date) };
      out.push(r.change.kind === 'insert' ? new InsertedTextRun({ ...o, ...revision }) : new DeletedTextRun({ ...o, ...revision }));
    } else out.push(new TextRun(o));
    for (const [comment, at] of last)
      if (at === i) for (const n of ids(comment)) out.push(new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] }));
  });
  return out;
}

/** The comments part: each written comment, then its replies threaded under it. */
export function commentOptions(marks: ReviewMarks): ICommentOptions[] {
  const out: ICommentOptions[] = [];
  for (const [key, w] of marks.written) {
    const thread = marks.threads.get(key)!;
    const said = (text: string) => text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
    out.push({ id: w.id, author: thread.author || '审阅人', date: new Date(when(thread.date)), children: said(thread.text) });
    thread.replies.forEach((reply, k) =>
      out.push({ id: w.replies[k]!, parentId: w.id, author: reply.author || '编辑', date: new Date(when(reply.date)), children: said(reply.text) }),
    );
  }
  return out;
}
