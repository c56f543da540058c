import type { Transform } from '@tiptap/pm/transform';
import type { DocNode } from '../model/doc.ts';
import { MARK } from '../model/nodes.ts';
import { reviewParagraphs, type ReviewParagraph } from './anchors.ts';
import { nodeAtPath } from './doc-paths.ts';
import { commentsOf, type ReviewComment } from './comments.ts';
import type { PlacedChange, PlacedComment, PlacedReview, UnplacedMark } from './placed-schema.ts';

const CONTEXT = 12;

export interface AppliedReview {
  changes: number;
  comments: number;
  /** Marks whose words are no longer in the text (the clerk changed them since sending), listed for the clerk. */
  unplaced: UnplacedMark[];
}

interface Step {
  pos: number;
  /** Marks are added before text is inserted at the same place, so that they never take the new words. */
  order: 0 | 1;
  run: (tr: Transform) => void;
}

/**
 * Puts a placed review's marks into the document as suggestions and comments: a deletion marks the
 * words, an insertion adds its words marked, a comment marks its words and joins the threads. Placed
 * against `sent` (the version the 送审稿 was made from); where the clerk has edited since, each mark is
 * found again by the words around it, and listed when they are gone. Steps on `tr`, so the editor
 * undoes the import as one.
 */
export function applyReview(tr: Transform, sent: DocNode, placed: PlacedReview, stamp: string): AppliedReview {
  const { schema } = tr.doc.type;
  const sentText = new Map(reviewParagraphs(sent).map((p) => [p.source.join('.'), p.text]));
  const current = reviewParagraphs(tr.doc.toJSON() as DocNode);
  const out: AppliedReview = { changes: 0, comments: 0, unplaced: [...placed.unplaced] };
  const steps: Step[] = [];
  const threads: ReviewComment[] = [];

  /** Where in the document the words at `offset` of the sent paragraph are now, checked against `marked`. */
  const locate = (mark: PlacedChange | PlacedComment, marked: string): number | null => {
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
  const lost = (kind: UnplacedMark['kind'], text: string, m: PlacedChange | PlacedComment) =>
    out.unplaced.push({ kind, text, context: `【${m.item}】第 ${m.paragraph} 段（已改动）`, author: m.author, date: m.date });

  placed.changes.forEach((c, n) => {
    const pos = locate(c, c.before);
    if (pos === null) return lost(c.kind, c.before && c.after ? `${c.before} → ${c.after}` : c.before || c.after, c);
    const attrs = { id: `${stamp}-${n}`, author: c.author, date: c.date };
    out.changes++;
    if (c.before) steps.push({ pos, order: 0, run: (t) => t.addMark(pos, pos + c.before.length, schema.marks[MARK.deletion]!.create(attrs)) });
    if (c.after) {
      const at = pos + c.before.length;
      steps.push({ pos: at, order: 1, run: (t) => t.insert(at, schema.text(c.after, [schema.marks[MARK.insertion]!.create(attrs)])) });
    }
  });
  for (const c of placed.comments) {
    const pos = locate(c, c.quote);
    if (pos === null) {
      lost('comment', c.text, c);
      continue;
    }
    const id = `${stamp}-c${c.id}`;
    threads.push({ id, author: c.author, date: c.date, text: c.text, quote: c.quote, replies: [], resolved: false });
    out.comments++;
    if (c.quote) steps.push({ pos, order: 0, run: (t) => t.addMark(pos, pos + c.quote.length, schema.marks[MARK.comment]!.create({ id })) });
  }
  for (const step of steps.sort((a, b) => b.pos - a.pos || a.order - b.order)) step.run(tr);
  if (threads.length) tr.setDocAttribute('comments', [...commentsOf(tr.doc), ...threads]);
  return out;
}
