import type { Transform } from 'prosemirror-transform';
import { Fragment, type Mark as PMMark, type Node as PMNode } from 'prosemirror-model';
import { MARK, NODE } from '../model/nodes.ts';
import { reviewParagraphs, type ReviewParagraph } from './anchors.ts';
import { nodeAtPath } from '../model/doc-paths.ts';
import { commentsOf, type ReviewComment } from './comments.ts';
import { BREAK_BLOCKS, REVISION_ATTR, type ParagraphRevision } from './paragraph-marks.ts';
import { changeText } from './change-words.ts';
import type { Place, PlacedChange, PlacedReview, UnplacedMark } from './placed-schema.ts';

const CONTEXT = 12;

export interface AppliedReview {
  changes: number;
  comments: number;
  /** Marks whose words are no longer in the text (the clerk changed them since sending), listed for the clerk. */
  unplaced: UnplacedMark[];
  /** Formatting the template decides, named for the clerk. */
  ignored: UnplacedMark[];
}

/**
 * Steps run from the end of the document back, so that each finds the positions it was given (a mark
 * is keyed by where it ends, so that it is on before anything is inserted inside it). At one position:
 * marks first (they never take words inserted there), then words, then new paragraphs that go before
 * the next paragraph, then those that go after the previous one; of one rank, the later first, so
 * that the earlier ends up first.
 */
interface Step {
  pos: number;
  rank: 0 | 1 | 2 | 3;
  seq: number;
  run: (tr: Transform) => void;
}

/** Where new body paragraphs go beside `node` (at `pos`): in an item, after its title and subtitle and before its byline. */
function slot(doc: PMNode, pos: number, side: 'before' | 'after'): { pos: number; parent: PMNode; index: number } {
  const $pos = doc.resolve(pos);
  const parent = $pos.parent;
  let index = $pos.index() + (side === 'after' ? 1 : 0);
  if (parent.type.name === NODE.article || parent.type.name === NODE.reflection) {
    let first = 0;
    while (first < parent.childCount && (parent.child(first).type.name === NODE.title || parent.child(first).type.name === NODE.subtitle)) first++;
    const last = parent.lastChild?.type.name === NODE.byline ? parent.childCount - 1 : parent.childCount;
    index = Math.min(Math.max(index, first), last);
  }
  let at = $pos.start();
  for (let k = 0; k < index; k++) at += parent.child(k).nodeSize;
  return { pos: at, parent, index };
}

/**
 * Puts a placed review's marks into the document as suggestions and comments: a deletion marks the
 * words, an insertion adds its words marked, a formatting marks the words with what it would set, a
 * new paragraph is added after (or before) the paragraph it follows, a split or a join marks the
 * paragraph's break, a comment marks its words and joins the threads. Placed against `sent` (the
 * version the 送审稿 was made from); where the clerk has edited since, each mark is found again by the
 * words around it, and listed when they are gone. Steps on `tr`, so the editor undoes the import as one.
 */
export function applyReview(tr: Transform, sent: PMNode, placed: PlacedReview, stamp: string): AppliedReview {
  const { schema } = tr.doc.type;
  const sentText = new Map(reviewParagraphs(sent).map((p) => [p.source.join('.'), p.text]));
  const current = reviewParagraphs(tr.doc);
  const out: AppliedReview = { changes: 0, comments: 0, unplaced: [...placed.unplaced], ignored: [...placed.ignored] };
  const steps: Step[] = [];
  const threads: ReviewComment[] = [];
  const step = (pos: number, rank: Step['rank'], run: Step['run']) => steps.push({ pos, rank, seq: steps.length, run });

  /** Where in the document the words at `offset` of the sent paragraph are now, checked against `marked`. */
  const locate = (mark: Pick<Place, 'itemId' | 'source' | 'offset'>, marked: string): number | null => {
    if (mark.offset === null) return null;
    const was = sentText.get(mark.source.join('.')) ?? '';
    const mine = current.filter((p) => p.itemId === mark.itemId);
    const same = mine.find((p) => p.source.join('.') === mark.source.join('.') && p.text === was) ?? mine.find((p) => p.text === was);
    let target: ReviewParagraph | undefined = same;
    let offset: number = mark.offset;
    if (!same) {
      const lead = was.slice(Math.max(0, offset - CONTEXT), offset);
      const want = lead + (marked || was.slice(offset, offset + CONTEXT));
      target = want ? mine.find((p) => p.text.includes(want)) : undefined;
      if (!target) return null;
      offset = target.text.indexOf(want) + lead.length;
    }
    if (!target || target.text.slice(offset, offset + marked.length) !== marked) return null;
    const found = nodeAtPath(tr.doc, target.source);
    if (!found) return null;
    // A reflection's byline is compared as printed, in brackets and trimmed.
    const own = found.node.textContent;
    const shift = target.text === own ? 0 : own.length - own.trimStart().length - 1;
    return found.start + offset + shift;
  };
  const CHANGED = '已改动';
  const lost = (kind: UnplacedMark['kind'], text: string, m: { item: string; paragraph: number; author: string; date: string }, why = CHANGED) =>
    out.unplaced.push({ kind, text, context: `【${m.item}】第 ${m.paragraph} 段（${why}）`, author: m.author, date: m.date });

  /** The textblock a position is in, and where it starts. */
  const blockAt = (pos: number) => {
    const $pos = tr.doc.resolve(pos);
    return { node: $pos.parent, start: $pos.before(), end: $pos.after(), contentEnd: $pos.end() };
  };
  const setRevision = (at: number, revision: ParagraphRevision) => (t: Transform) => t.setNodeAttribute(t.doc.resolve(at).before(), REVISION_ATTR, revision);
  /** Words inserted at `at`, a '\n' in them a paragraph break the reviewer added (the first half's break, marked inserted). */
  const insertWords = (at: number, text: string, mark: PMMark, revision: ParagraphRevision) => (t: Transform) => {
    let pos = at;
    text.split('\n').forEach((line, i) => {
      if (i > 0) {
        const $pos = t.doc.resolve(pos);
        t.split(pos, 1, [{ type: $pos.parent.type, attrs: $pos.parent.attrs }]);
        t.setNodeAttribute($pos.before(), REVISION_ATTR, revision);
        pos += 2;
      }
      if (line) t.insert(pos, schema.text(line, [mark]));
      pos += line.length;
    });
  };

  /** Puts a change in; else says why not. */
  const place = (c: PlacedChange, n: number): true | string => {
    const id = c.move ? `${stamp}-m${c.move}` : `${stamp}-${n}`;
    const who = { id, author: c.author, date: c.date };
    const marks = { ...who, ...(c.move ? { move: true } : {}) };
    const revision = (kind: ParagraphRevision['kind']): ParagraphRevision => ({ kind, ...who, ...(c.move ? { move: true } : {}) });
    const deleted = (pos: number) => (t: Transform) => t.addMark(pos, pos + c.before.length, schema.marks[MARK.deletion]!.create(marks));
    if (c.kind === 'newParagraph') {
      const pos = locate(c, '');
      if (pos === null) return CHANGED;
      const side = c.offset === 0 && (sentText.get(c.source.join('.')) ?? '') !== '' ? 'before' : 'after';
      const block = blockAt(pos);
      const where = slot(tr.doc, block.start, side);
      const inserted = schema.marks[MARK.insertion]!.create(marks);
      const nodes = c.after.split('\n').map((line) => schema.nodes[NODE.paragraph]!.create({ [REVISION_ATTR]: revision('insert') }, line ? schema.text(line, [inserted]) : null));
      if (!where.parent.canReplace(where.index, where.index, Fragment.from(nodes))) return '这里不能添加段落';
      step(where.pos, side === 'before' ? 2 : 3, (t) => t.insert(where.pos, nodes));
      return true;
    }
    const pos = locate(c, c.kind === 'join' ? '' : c.before);
    if (pos === null) return CHANGED;
    const block = blockAt(pos);
    const body = BREAK_BLOCKS.has(block.node.type.name);
    if (c.kind === 'format') {
      if (!body) return '标题、副标题和署名的字形由模板规定';
      step(pos + c.before.length, 0, (t) => t.addMark(pos, pos + c.before.length, schema.marks[MARK.formatting]!.create({ ...who, bold: c.format?.bold ?? null, italic: c.format?.italic ?? null })));
      return true;
    }
    if (c.kind === 'join') {
      // Only a body paragraph followed by another can run on into it.
      const next = tr.doc.resolve(block.end).nodeAfter;
      if (!body || !next || !BREAK_BLOCKS.has(next.type.name)) return '后面是照片、署名或引文的末尾，无法合并';
      step(block.contentEnd, 0, setRevision(block.contentEnd, revision('delete')));
      return true;
    }
    if (c.kind === 'split' && !body) return '标题、副标题和署名不分段';
    if (c.before) step(pos + c.before.length, 0, deleted(pos));
    // The break a whole struck paragraph loses (kept on its last part, should a split come after).
    if (c.kind === 'removeParagraph' && body) step(block.contentEnd, 0, setRevision(block.contentEnd, revision('delete')));
    if (c.after) {
      const at = pos + c.before.length;
      step(at, 1, insertWords(at, c.after, schema.marks[MARK.insertion]!.create(marks), revision('insert')));
    }
    return true;
  };

  placed.changes.forEach((c, n) => {
    const done = place(c, n);
    if (done === true) out.changes++;
    else lost(c.kind, changeText(c), c, done);
  });
  for (const c of placed.comments) {
    const lines = c.quote.split('\n');
    const pos = locate(c, lines[0]!);
    if (pos === null) {
      lost('comment', c.text, c);
      continue;
    }
    let to = pos + lines[0]!.length;
    // A comment across paragraphs ends where its last words are, when they are still there.
    if (c.end && lines.length > 1) {
      const last = lines.at(-1)!;
      const end = locate({ ...c.end, offset: Math.max(0, c.end.offset - last.length) }, last);
      if (end !== null && end + last.length > pos) to = end + last.length;
    }
    const id = `${stamp}-c${c.id}`;
    threads.push({ id, author: c.author, date: c.date, text: c.text, quote: c.quote, replies: c.replies, resolved: c.resolved });
    out.comments++;
    if (to > pos) step(to, 0, (t) => t.addMark(pos, to, schema.marks[MARK.comment]!.create({ id, resolved: c.resolved })));
  }
  for (const s of steps.sort((a, b) => b.pos - a.pos || a.rank - b.rank || b.seq - a.seq)) s.run(tr);
  if (threads.length) tr.setDocAttribute('comments', [...commentsOf(tr.doc), ...threads]);
  return out;
}
