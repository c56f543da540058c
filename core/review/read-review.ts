import { isAnchor, type Region } from './anchors.ts';
import { REVIEW_PROPERTY } from '../docx/review-copy.ts';
import { parseXml as parse } from '../docx/ooxml-dom.ts';
import { readThreads, type CommentEntry, type CommentThread } from './read-comments.ts';
import type { FormatChange } from './read-format.ts';
import { readRawParagraphs, type Mark, type RawParagraph, type Revision } from './read-runs.ts';

/**
 * What a reviewer did to a 送审稿, read from the package's XML: mammoth drops revisions, so the
 * parts are parsed here. Each paragraph as it was sent keeps its text then (`before`) and as the
 * reviewer left it (`after`, a paragraph break they added as '\n'), the anchors it still carries, its
 * tracked changes and the comments on it.
 */

export type { Mark } from './read-runs.ts';

/**
 * A tracked change in a paragraph as sent. Words: `insert`, `delete`, `replace`, and `format` (words
 * as sent, bold or italic set). Paragraphs: `newParagraph` (its words in `after`, several joined by
 * '\n'; before the paragraph when `at` is 0, else after it), `removeParagraph` (the whole paragraph
 * struck out with its mark), `split` (a break inserted: `after` holds the inserted words with '\n'
 * where the breaks go, `before` any words it replaces), `join` (the paragraph's break deleted: it
 * runs on into the next).
 */
export type ChangeKind = 'insert' | 'delete' | 'replace' | 'format' | 'newParagraph' | 'removeParagraph' | 'split' | 'join';

export interface ReadChange extends Mark {
  kind: ChangeKind;
  /** Text deleted, and text inserted (a replacement has both). */
  before: string;
  after: string;
  /** Where in the paragraph's sent text the change starts. */
  at: number;
  /** The move it is half of (Word's w:moveFrom/w:moveTo): both halves carry its name. */
  move?: string;
  /** A formatting change: what the reviewer set, and what else they changed that the template decides. */
  format?: Omit<FormatChange, 'author' | 'date'>;
}

export interface ReadReply extends Mark {
  text: string;
}

export interface ReadComment extends Mark {
  id: string;
  text: string;
  /** The text the comment is on, as sent (the words of each paragraph it spans, joined by '\n'). */
  quote: string;
  at: number;
  replies: ReadReply[];
  resolved: boolean;
  /** Where a comment that spans paragraphs ends: that paragraph (its index in `paragraphs`) and the place in its text. */
  end: { paragraph: number; at: number } | null;
}

export interface ReadParagraph {
  anchors: string[];
  before: string;
  after: string;
  changes: ReadChange[];
  comments: ReadComment[];
  /** Where it was outside the articles (the masthead, the 目录, the 报尾…), or null. */
  region: Region | null;
}

export interface ReadReview {
  paragraphs: ReadParagraph[];
  /** The issue and version the 送审稿 was made from, where the file still says so. */
  issueId: string | null;
  versionId: string | null;
  /** Comments whose place in the text was not found (their range and reference were removed). */
  loose: ReadComment[];
}

export interface ReviewParts {
  document: string;
  comments?: string;
  commentsExtended?: string;
  custom?: string;
  /** Headers and footers: a reviewer's changes there are listed with where they were. */
  headers?: string[];
  footers?: string[];
}

interface Segment {
  status: 'same' | 'insert' | 'delete';
  text: string;
  by: Revision | null;
  format: FormatChange | null;
}

/** A comment's edge, where it is in the paragraphs as sent. */
interface Edge {
  edge: 'start' | 'end' | 'point';
  id: string;
  paragraph: number;
  at: number;
}

function customProperty(xml: string | undefined, name: string): string | null {
  if (!xml) return null;
  const props = parse(xml).getElementsByTagName('property');
  for (let i = 0; i < props.length; i++) if (props.item(i)!.getAttribute('name') === name) return (props.item(i)!.textContent ?? '').trim() || null;
  return null;
}

/** Whether a paragraph of the file begins, before any words that were sent, with the anchor of another paragraph than `group`'s. */
function startsAnother(p: RawParagraph, anchors: Set<string>): boolean {
  for (const t of p.tokens) {
    if (t.type === 'text' && t.status !== 'insert') return false;
    if (t.type === 'anchor' && isAnchor(t.name) && !anchors.has(t.name)) return true;
  }
  return false;
}

/**
 * The paragraphs as sent: paragraphs of the file joined where the mark between them was inserted by a
 * reviewer. LibreOffice marks the break before a paragraph it inserted at another's start as inserted
 * too; where words already sent are followed by another sent paragraph's anchor, that one begins there.
 */
function sentParagraphs(raws: RawParagraph[]): RawParagraph[][] {
  const out: RawParagraph[][] = [];
  let anchors = new Set<string>();
  let sent = false;
  for (const p of raws) {
    const group = out.at(-1);
    const prev = group?.at(-1);
    const continues = prev && !prev.nested && !p.nested && (prev.mark === 'gone' || prev.mark?.kind === 'insert') && prev.region === p.region && !(sent && startsAnother(p, anchors));
    if (!continues) {
      out.push([p]);
      anchors = new Set();
      sent = false;
    } else group!.push(p);
    for (const t of p.tokens) {
      if (t.type === 'anchor') anchors.add(t.name);
      if (t.type === 'text' && t.status !== 'insert') sent = true;
    }
  }
  return out;
}

const collapse = (s: string) => s.replace(/\n{2,}/gu, '\n');

/** A words change with no break in it, by what it holds. */
const wordsKind = (c: ReadChange): ChangeKind => (c.before && c.after ? 'replace' : c.before ? 'delete' : 'insert');

/**
 * A change of words and breaks, as the clerk will see it: inserted breaks at a paragraph's end or start
 * give new paragraphs after or before it (their words apart from any typed onto the paragraph itself),
 * elsewhere a split; a deleted break ends in a join, or, with every word of the paragraph, a removed paragraph.
 */
function classify(c: ReadChange, whole: string): ReadChange[] {
  if (c.kind === 'format') return [c];
  if (c.before.endsWith('\n')) {
    const words = c.before.slice(0, -1);
    if (c.at === 0 && words === whole && !c.after) return [{ ...c, kind: 'removeParagraph', before: words }];
    const rest = words || c.after ? classify({ ...c, before: words }, whole) : [];
    return [...rest, { ...c, kind: 'join', before: '', after: '', at: whole.length }];
  }
  if (!c.after.includes('\n')) return [{ ...c, kind: wordsKind(c) }];
  const after = collapse(c.after);
  const part = (kind: ChangeKind, text: string, at: number): ReadChange[] => (text ? [{ ...c, kind, before: '', after: text, at }] : []);
  if (!c.before && c.at === whole.length && whole) {
    const cut = after.indexOf('\n');
    return [...part('insert', after.slice(0, cut), c.at), ...part('newParagraph', after.slice(cut + 1).replace(/\n$/u, ''), c.at)];
  }
  if (!c.before && c.at === 0) {
    const cut = after.lastIndexOf('\n');
    return [...part('newParagraph', after.slice(0, cut).replace(/^\n/u, ''), 0), ...part('insert', after.slice(cut + 1), 0)];
  }
  return [{ ...c, kind: 'split', after }];
}

/** The tracked changes of a paragraph as sent, from its segments: a deletion next to an insertion by one reviewer is one replacement. */
function changesOf(segments: Segment[], whole: string): ReadChange[] {
  const out: ReadChange[] = [];
  let at = 0;
  let open: ReadChange | null = null;
  for (const s of segments) {
    if (s.status === 'same') {
      open = null;
      const f = s.format;
      const format = f && { ...(f.bold !== undefined ? { bold: f.bold } : {}), ...(f.italic !== undefined ? { italic: f.italic } : {}), ignored: f.ignored };
      const last = out.at(-1);
      // Runs one formatting covers are one change (LibreOffice cuts a run where the script changes).
      if (f && last?.kind === 'format' && last.at + last.before.length === at && last.author === f.author && JSON.stringify(last.format) === JSON.stringify(format)) {
        last.before += s.text;
        last.after += s.text;
      } else if (f && format) out.push({ kind: 'format', before: s.text, after: s.text, at, author: f.author, date: f.date, format });
      at += s.text.length;
      continue;
    }
    const by = s.by!;
    if (!open || open.author !== by.author || open.move !== by.move) {
      open = { kind: 'insert', before: '', after: '', at, author: by.author, date: by.date, ...(by.move ? { move: by.move } : {}) };
      out.push(open);
    }
    if (s.status === 'delete') {
      open.before += s.text;
      // A deleted break is not in the text as sent: it follows it.
      if (s.text !== '\n') at += s.text.length;
    } else open.after += s.text;
  }
  return out.flatMap((c) => classify(c, whole));
}

/**
 * New paragraphs written before a paragraph without words (a photo's, an empty one): no anchor says
 * where that one is, so they follow the paragraph before it, as they do in the text.
 */
function beforeWordless(paragraphs: ReadParagraph[]): void {
  paragraphs.forEach((p, i) => {
    const prev = paragraphs[i - 1];
    if (!prev || p.before || p.anchors.length || p.region !== prev.region || !p.changes.some((c) => c.kind === 'newParagraph')) return;
    prev.changes.push(...p.changes.filter((c) => c.kind === 'newParagraph').map((c) => ({ ...c, at: prev.before.length })));
    p.changes = p.changes.filter((c) => c.kind !== 'newParagraph');
  });
}

/** One paragraph as sent, and the comment edges in it. */
function readParagraph(group: RawParagraph[], index: number, edges: Edge[]): ReadParagraph {
  const segments: Segment[] = [];
  const anchors: string[] = [];
  let before = '';
  group.forEach((raw, k) => {
    for (const t of raw.tokens) {
      if (t.type === 'anchor') {
        if (isAnchor(t.name)) anchors.push(t.name);
      } else if (t.type === 'comment') edges.push({ edge: t.edge, id: t.id, paragraph: index, at: before.length });
      else {
        segments.push({ status: t.status, text: t.text, by: t.by, format: t.format });
        if (t.status !== 'insert') before += t.text;
      }
    }
    const mark = raw.mark;
    // Between the file's paragraphs of one sent paragraph: a break the reviewer inserted; after the last, perhaps one they deleted.
    if (mark && mark !== 'gone' && (k < group.length - 1 ? mark.kind === 'insert' : mark.kind === 'delete'))
      segments.push({ status: mark.kind, text: '\n', by: mark, format: null });
  });
  const after = segments.filter((s) => s.status !== 'delete').map((s) => s.text).join('');
  return { anchors, before, after, changes: changesOf(segments, before), comments: [], region: group.find((r) => r.region)?.region ?? null };
}

/**
 * Puts each comment thread on the paragraph its range starts in, with the words it covers. A reply
 * (linked in commentsExtended.xml) has a range of its own, usually the same: the thread takes its first
 * comment's, or a reply's where that one has none.
 */
function placeThreads(paragraphs: ReadParagraph[], edges: Edge[], threads: Map<string, CommentThread>, threadOf: Map<string, string>): ReadComment[] {
  const byOwner = new Map<string, Edge[]>();
  for (const e of edges) {
    const thread = threadOf.get(e.id) ?? e.id;
    byOwner.set(thread, [...(byOwner.get(thread) ?? []), e]);
  }
  const quote = (from: Edge, to: Edge | undefined) => {
    if (!to || to.paragraph < from.paragraph || (to.paragraph === from.paragraph && to.at < from.at)) return '';
    const parts: string[] = [];
    for (let p = from.paragraph; p <= to.paragraph; p++) {
      const text = paragraphs[p]!.before;
      parts.push(text.slice(p === from.paragraph ? from.at : 0, p === to.paragraph ? to.at : text.length));
    }
    return parts.join('\n');
  };
  const loose: ReadComment[] = [];
  const reply = (r: CommentEntry): ReadReply => ({ author: r.author, date: r.date, text: r.text });
  for (const thread of threads.values()) {
    const own = byOwner.get(thread.id) ?? [];
    // The first comment's own edges, else those of the first reply that has any.
    const ids = [thread.id, ...thread.replies.map((r) => r.id)];
    const owner = ids.find((id) => own.some((e) => e.id === id && e.edge !== 'end'));
    const mine = own.filter((e) => e.id === owner);
    const start = mine.find((e) => e.edge === 'start') ?? mine.find((e) => e.edge === 'point');
    const end = mine.find((e) => e.edge === 'end' && start?.edge === 'start');
    const comment: ReadComment = {
      id: thread.id,
      author: thread.author,
      date: thread.date,
      text: thread.text,
      quote: start ? quote(start, end) : '',
      at: start?.at ?? 0,
      replies: thread.replies.map(reply),
      resolved: thread.resolved,
      end: start && end && end.paragraph > start.paragraph ? { paragraph: end.paragraph, at: end.at } : null,
    };
    if (start) paragraphs[start.paragraph]!.comments.push(comment);
    else loose.push(comment);
  }
  return loose;
}

/** Reads a returned 送审稿's paragraphs, revisions and comments. */
export function readReview(parts: ReviewParts): ReadReview {
  const edges: Edge[] = [];
  const groups = [
    ...sentParagraphs(readRawParagraphs(parts.document, null)),
    ...(parts.headers ?? []).flatMap((xml) => sentParagraphs(readRawParagraphs(xml, 'header'))),
    ...(parts.footers ?? []).flatMap((xml) => sentParagraphs(readRawParagraphs(xml, 'footer'))),
  ];
  const paragraphs = groups.map((g, i) => readParagraph(g, i, edges));
  beforeWordless(paragraphs);
  const { threads, threadOf } = readThreads(parts.comments, parts.commentsExtended);
  const loose = placeThreads(paragraphs, edges, threads, threadOf);
  return {
    paragraphs,
    issueId: customProperty(parts.custom, REVIEW_PROPERTY.issue),
    versionId: customProperty(parts.custom, REVIEW_PROPERTY.version),
    loose,
  };
}
