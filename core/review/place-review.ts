import type { Node as PMNode } from 'prosemirror-model';
import { REGIONS, reviewParagraphs, type ReviewParagraph } from './anchors.ts';
import type { ReadChange, ReadParagraph, ReadReview } from './read-review.ts';
import type { Place, PlacedReview, UnplacedMark } from './placed-schema.ts';
import { BREAK_BLOCKS } from './paragraph-marks.ts';
import { changeText, formatWords } from './change-words.ts';

/** Text compared without white space, which editors add and drop around Latin words and at line ends. */
const norm = (s: string) => s.replace(/\s+/gu, '');
const CONTEXT = 12;

const withoutType = ({ type: _type, ...place }: Place & { type: string }): Place => place;

/** How many characters of the paragraph as sent a change covers (a deleted break is not among them). */
const sentLength = (c: ReadChange) => (c.kind === 'newParagraph' || c.kind === 'join' ? 0 : c.before.length);

/**
 * Puts each mark of a returned 送审稿 on the item and paragraph of `sent` (the version the file was
 * made from) it belongs to: by the paragraph's anchor first; where the reviewer's editor dropped or
 * renamed it, by the paragraph's text as sent; failing that, by the words around the mark. A mark that
 * cannot be placed, or that was made outside the articles (the masthead, the 目录, the 报尾, a header
 * or footer), is listed with where it was, never dropped; formatting the template decides is named.
 */
export function placeReview(read: ReadReview, sent: PMNode): PlacedReview {
  const paragraphs = reviewParagraphs(sent);
  const order = new Map(paragraphs.map((p, i) => [p, i]));
  const byAnchor = new Map(paragraphs.map((p) => [p.anchor, p]));
  const byText = new Map<string, ReviewParagraph[]>();
  for (const p of paragraphs) if (norm(p.text)) byText.set(norm(p.text), [...(byText.get(norm(p.text)) ?? []), p]);
  const out: PlacedReview = { changes: [], comments: [], unplaced: [], ignored: [] };
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

  // Every paragraph is found in turn, so that one with the same words as another is taken in order.
  const found = read.paragraphs.map((para) => {
    if (para.region) return null;
    const hit = paragraphOf(para);
    if (hit) cursor = order.get(hit.target)!;
    return hit;
  });

  const placeIn = (index: number, at: number, length: number): (Place & { type: string }) | null => {
    const para = read.paragraphs[index]!;
    const hit =
      found[index] ??
      (() => {
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
    return { itemId: target.itemId, item: target.item, source: target.source, paragraph: target.paragraph, offset, by, type: target.type };
  };

  read.paragraphs.forEach((para, index) => {
    if (!para.changes.length && !para.comments.length) return;
    const context = (at: number, length: number) => {
      const words = para.before.slice(Math.max(0, at - CONTEXT), at + length + CONTEXT);
      return para.region ? `${REGIONS[para.region]}${words ? `：“${words}”` : ''}` : words;
    };
    const lost = (kind: UnplacedMark['kind'], text: string, at: number, length: number, m: { author: string; date: string }) =>
      out.unplaced.push({ kind, text, context: context(at, length), author: m.author, date: m.date });
    for (const c of para.changes) {
      const where = para.region ? null : placeIn(index, c.at, sentLength(c));
      const { author, date } = c;
      if (!where) {
        lost(c.kind, changeText(c), c.at, sentLength(c), c);
        continue;
      }
      const place = withoutType(where);
      const body = BREAK_BLOCKS.has(where.type);
      const named = `【${where.item}】${where.paragraph === 0 ? '标题' : `第 ${where.paragraph} 段`}`;
      if (c.kind === 'format') {
        // A title's or byline's look, and sizes, fonts and colours anywhere, are the template's.
        const what = [...(body ? [] : [formatWords(c.format ?? {})]), ...(c.format?.ignored ?? [])].filter(Boolean);
        if (what.length) out.ignored.push({ kind: 'format', text: `“${c.before}”：${what.join('、')}`, context: named, author, date });
        const bold = body ? c.format?.bold : undefined;
        const italic = body ? c.format?.italic : undefined;
        if (bold === undefined && italic === undefined) continue;
        out.changes.push({ ...place, kind: 'format', before: c.before, after: c.after, author, date, format: { ...(bold !== undefined ? { bold } : {}), ...(italic !== undefined ? { italic } : {}) } });
        continue;
      }
      // A title, subtitle or byline is one line: it is neither split nor joined; struck out whole, its words go.
      if (!body && (c.kind === 'split' || c.kind === 'join')) {
        out.unplaced.push({ kind: c.kind, text: changeText(c), context: `${named}（标题、副标题和署名不分段、不并段）`, author, date });
        continue;
      }
      const kind = !body && c.kind === 'removeParagraph' ? 'delete' : c.kind;
      out.changes.push({ ...place, kind, before: c.before, after: c.after, author, date, ...(c.move ? { move: c.move } : {}) });
    }
    for (const c of para.comments) {
      const where = para.region ? null : placeIn(index, c.at, c.quote.split('\n')[0]!.length);
      if (!where) {
        lost('comment', c.text, c.at, c.quote.length, c);
        continue;
      }
      const place = withoutType(where);
      const endAt = c.end ? placeIn(c.end.paragraph, c.end.at, 0) : null;
      out.comments.push({
        ...place,
        id: c.id,
        quote: endAt ? c.quote : c.quote.split('\n')[0]!,
        text: c.text,
        author: c.author,
        date: c.date,
        replies: c.replies,
        resolved: c.resolved,
        end: endAt && endAt.offset !== null ? { itemId: endAt.itemId, source: endAt.source, offset: endAt.offset } : null,
      });
    }
  });
  for (const c of read.loose) out.unplaced.push({ kind: 'comment', text: c.text, context: '', author: c.author, date: c.date });
  return out;
}
