import {
  BuilderElement,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
  type XmlComponent,
} from 'docx';
import type { RunChange, TextBlock, TextRunSpec } from '../layout/print-model.ts';
import type { ReviewComment } from '../review/comments.ts';

/**
 * A copy with marks writes open suggestions as Word writes its revisions: words in w:ins and w:del,
 * a paragraph's changed break in the w:rPr of its w:pPr, a move as w:moveFrom and w:moveTo inside
 * named range markers, a formatting as the run's new properties with the old ones in w:rPrChange.
 * Comments, with their replies as a thread and resolved ones marked done, go in comments.xml and
 * commentsExtended.xml. Word, WPS and LibreOffice show them natively.
 */
export interface ReviewMarks {
  threads: Map<string, ReviewComment>;
  /** Revision and comment numbers of the package, counted as they are written. */
  next: number;
  /** Each written comment's number and its replies' numbers. */
  written: Map<string, { id: number; replies: number[] }>;
  /** The last paragraph each comment and each half of a move is in: its range ends there. */
  lastBlock: Map<string, TextBlock>;
  /** Each move half's range number and name, once its start is written. */
  moves: Map<string, { id: number; name: string }>;
}

const moveKey = (change: RunChange) => `${change.kind}:${change.id}`;

/** The marks of a copy: its comment threads, and where each comment and move ends among `blocks` (in the order they are written). */
export function reviewMarks(threads: readonly ReviewComment[], blocks: readonly TextBlock[]): ReviewMarks {
  const lastBlock = new Map<string, TextBlock>();
  for (const block of blocks)
    for (const r of block.runs) {
      if (r.comment) lastBlock.set(r.comment, block);
      if (r.change?.move) lastBlock.set(moveKey(r.change), block);
    }
  return { threads: new Map(threads.map((c) => [c.id, c])), next: 1, written: new Map(), lastBlock, moves: new Map() };
}

/** Whether a paragraph carries anything of review. */
export function hasReviewMarks(block: TextBlock): boolean {
  return block.revision !== undefined || block.runs.some((r) => r.change || r.comment);
}

const when = (date: string) => (date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : new Date().toISOString());

/** An element the docx library has no class for, written as Word names it. */
function element(name: string, attributes: Record<string, string | number>, children: XmlComponent[] = []): ParagraphChild {
  const attrs = Object.fromEntries(Object.entries(attributes).map(([k, value]) => [k, { key: `w:${k}`, value }]));
  // The library's union of paragraph children lists its own classes; any element serialises alike.
  return new BuilderElement({ name, attributes: attrs, children }) as unknown as ParagraphChild;
}

const revisionOf = (change: RunChange, id: number) => ({ id, author: change.author || '审阅人', date: when(change.date) });

/** The run itself, with its change: inserted, deleted, a half of a move, or formatted (new properties, old ones kept). */
function changedRun(r: TextRunSpec, o: IRunOptions, marks: ReviewMarks): ParagraphChild {
  const change = r.change;
  if (!change) return new TextRun(o);
  const revision = revisionOf(change, marks.next++);
  if (change.kind === 'format') {
    const now = { bold: change.bold ?? o.bold, italics: change.italic ?? o.italics };
    const { text: _text, ...was } = o;
    return new TextRun({ ...o, ...now, revision: { ...was, ...revision } });
  }
  if (change.move) return element(change.kind === 'insert' ? 'w:moveTo' : 'w:moveFrom', revision, [new TextRun(o)]);
  return change.kind === 'insert' ? new InsertedTextRun({ ...o, ...revision }) : new DeletedTextRun({ ...o, ...revision });
}

/**
 * A paragraph's runs with their revisions, each comment's range from its first run to its last (across
 * paragraphs, as the reviewer made it), and each move's range around its words.
 */
export function reviewedRuns(block: TextBlock, options: (r: TextRunSpec) => IRunOptions, marks: ReviewMarks): ParagraphChild[] {
  const { runs } = block;
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  runs.forEach((r, i) => {
    if (!r.comment || !marks.threads.has(r.comment)) return;
    if (!marks.written.has(r.comment)) {
      first.set(r.comment, i);
      const thread = marks.threads.get(r.comment)!;
      marks.written.set(r.comment, { id: marks.next++, replies: thread.replies.map(() => marks.next++) });
    }
    if (marks.lastBlock.get(r.comment) === block) last.set(r.comment, i);
  });
  const lastMove = new Map<string, number>();
  runs.forEach((r, i) => {
    if (r.change?.move && marks.lastBlock.get(moveKey(r.change)) === block) lastMove.set(moveKey(r.change), i);
  });
  const ids = (comment: string) => {
    const w = marks.written.get(comment)!;
    return [w.id, ...w.replies];
  };
  const out: ParagraphChild[] = [];
  runs.forEach((r, i) => {
    for (const [comment, at] of first) if (at === i) out.push(...ids(comment).map((n) => new CommentRangeStart(n)));
    const change = r.change;
    const key = change?.move ? moveKey(change) : null;
    const range = change?.kind === 'insert' ? 'w:moveToRange' : 'w:moveFromRange';
    if (key && change && !marks.moves.has(key)) {
      const move = { id: marks.next++, name: `jbmove${change.id.replace(/[^0-9a-z]/giu, '')}` };
      marks.moves.set(key, move);
      out.push(element(`${range}Start`, { ...revisionOf(change, move.id), name: move.name }));
    }
    out.push(changedRun(r, options(r), marks));
    if (key && lastMove.get(key) === i) out.push(element(`${range}End`, { id: marks.moves.get(key)!.id }));
    for (const [comment, at] of last)
      if (at === i) for (const n of ids(comment)) out.push(new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] }));
  });
  return out;
}

/** A paragraph whose break a reviewer changed: its mark inserted or deleted, or moved with the paragraph. */
export function revisedParagraph(options: IParagraphOptions, revision: RunChange, marks: ReviewMarks): Paragraph {
  const change = revisionOf(revision, marks.next++);
  if (!revision.move) return new Paragraph({ ...options, run: revision.kind === 'insert' ? { insertion: change } : { deletion: change } });
  const paragraph = new Paragraph(options);
  // The library writes only w:ins and w:del on a paragraph mark: a moved one's mark goes in as Word writes it.
  const properties = (paragraph as unknown as { properties: { push: (item: unknown) => void } }).properties;
  properties.push(new BuilderElement({ name: 'w:rPr', children: [element(revision.kind === 'insert' ? 'w:moveTo' : 'w:moveFrom', change) as unknown as XmlComponent] }));
  return paragraph;
}

/** The comments part: each written comment, then its replies threaded under it; a resolved thread is marked done. */
export function commentOptions(marks: ReviewMarks): ICommentOptions[] {
  const out: ICommentOptions[] = [];
  for (const [key, w] of marks.written) {
    const thread = marks.threads.get(key)!;
    const said = (text: string) => text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
    out.push({ id: w.id, author: thread.author || '审阅人', date: new Date(when(thread.date)), children: said(thread.text), ...(thread.resolved ? { resolved: true } : {}) });
    thread.replies.forEach((reply, k) =>
      out.push({ id: w.replies[k]!, parentId: w.id, author: reply.author || '编辑', date: new Date(when(reply.date)), children: said(reply.text) }),
    );
  }
  return out;
}
