import type { DocNode } from '../model/doc.ts';
import { reviewParagraphs, type ReviewParagraph } from './anchors.ts';
import type { ReadParagraph, ReadReview } from './read-review.ts';
import type { Place, PlacedReview } from './placed-schema.ts';

/** Text compared without white space, which editors add and drop around Latin words and at line ends. */
const norm = (s: string) => s.replace(/\s+/gu, '');
const CONTEXT = 12;

/**
 * Puts each mark of a returned 送审稿 on the item and paragraph of `sent` (the version the file was
 * made from) it belongs to: by the paragraph's anchor first; where the reviewer's editor dropped or
 * renamed it, by the paragraph's text as sent; failing that, by the words around the mark. A mark that
 * cannot be placed is listed, never dropped.
 */
export function placeReview(read: ReadReview, sent: DocNode): PlacedReview {
  const paragraphs = reviewParagraphs(sent);
  const order = new Map(paragraphs.map((p, i) => [p, i]));
  const byAnchor = new Map(paragraphs.map((p) => [p.anchor, p]));
  const byText = new Map<string, ReviewParagraph[]>();
  for (const p of paragraphs) if (norm(p.text)) byText.set(norm(p.text), [...(byText.get(norm(p.text)) ?? []), p]);
  const out: PlacedReview = { changes: [], comments: [], unplaced: [] };
  let cursor = -1;

  const paragraphOf = (read: ReadParagraph): { target: ReviewParagraph; by: Place['by'] } | null => {
    const anchored = read.anchors.map((name) => byAnchor.get(name)).find((p) => p !== undefined);
    const key = norm(read.before);
    if (anchored && norm(anchored.text) === key) return { target: anchored, by: 'anchor' };
    // Paragraphs with the same words: the first after the last one placed, as the file goes in order.
    const same = byText.get(key);
    if (same) return { target: same.find((p) => order.get(p)! > cursor) ?? same[0]!, by: 'text' };
    // The anchor of a paragraph changed since it was sent (or by the reviewer outside tracking).
    return anchored ? { target: anchored, by: 'anchor' } : null;
  };

  /** The mark's offset in the target's text: the same when the texts agree, else found by the words before it. */
  const offsetIn = (target: ReviewParagraph, read: ReadParagraph, at: number, length: number): number | null => {
    if (target.text === read.before) return at;
    const lead = read.before.slice(Math.max(0, at - CONTEXT), at);
    const marked = read.before.slice(at, at + length);
    const found = target.text.indexOf(lead + marked);
    if (found >= 0) return found + lead.length;
    // Words changed around it: the marked words alone, where they occur once.
    const alone = marked ? target.text.indexOf(marked) : -1;
    return alone >= 0 && target.text.indexOf(marked, alone + 1) < 0 ? alone : null;
  };

  /** Last resort: the paragraph whose text holds the words around the mark. */
  const byContext = (read: ReadParagraph, at: number, length: number): ReviewParagraph | null => {
    const words = norm(read.before.slice(Math.max(0, at - CONTEXT), at + length + CONTEXT));
    if (words.length < 4) return null;
    return paragraphs.find((p) => norm(p.text).includes(words)) ?? null;
  };

  for (const para of read.paragraphs) {
    if (!para.changes.length && !para.comments.length) continue;
    const found = paragraphOf(para);
    if (found) cursor = order.get(found.target)!;
    const context = (at: number, length: number) => para.before.slice(Math.max(0, at - CONTEXT), at + length + CONTEXT);
    const place = (at: number, length: number): Place | null => {
      const hit = found ?? (() => {
        const target = byContext(para, at, length);
        return target ? { target, by: 'text' as const } : null;
      })();
      if (!hit) return null;
      let { target, by } = hit;
      let offset = offsetIn(target, para, at, length);
      if (offset === null) {
        // The anchored paragraph no longer has the words at the mark (the clerk moved or rewrote it
        // since sending): the paragraph that has them, else the mark is listed, never put on a guess.
        const other = byContext(para, at, length);
        offset = other ? offsetIn(other, para, at, length) : null;
        if (!other || offset === null) return null;
        [target, by] = [other, 'text'];
      }
      return { itemId: target.itemId, item: target.item, source: target.source, paragraph: target.paragraph, offset, by };
    };
    for (const c of para.changes) {
      const where = place(c.at, c.before.length);
      if (where) out.changes.push({ ...where, kind: c.kind, before: c.before, after: c.after, author: c.author, date: c.date });
      else out.unplaced.push({ kind: c.kind, text: c.before && c.after ? `${c.before} → ${c.after}` : c.before || c.after, context: context(c.at, c.before.length), author: c.author, date: c.date });
    }
    for (const c of para.comments) {
      const where = place(c.at, c.quote.length);
      if (where) out.comments.push({ ...where, id: c.id, quote: c.quote, text: c.text, author: c.author, date: c.date });
      else out.unplaced.push({ kind: 'comment', text: c.text, context: context(c.at, c.quote.length), author: c.author, date: c.date });
    }
  }
  for (const c of read.loose) out.unplaced.push({ kind: 'comment', text: c.text, context: '', author: c.author, date: c.date });
  return out;
}
