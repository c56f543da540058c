import { isPageNumber } from './noise.ts';
import type { RawBlock } from './raw-block.ts';

/** One piece of text a PDF places on a page: its baseline's left end (from the page's bottom), advance and font size, in points. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

interface PdfLine {
  page: number;
  /** The column it stands in (page and column together): lines are measured against their own column's edges. */
  column: string;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** The top and bottom of a page where running heads and page numbers sit. */
const MARGIN = 0.1;
const LATIN_END = /[A-Za-z0-9]$/u;
const LATIN_START = /^[A-Za-z0-9]/u;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * A page's text in reading order, column by column: where an empty gutter runs down the page
 * (crossed by few lines, such as a title over both columns), the text left of it is read before
 * the text right of it, and what crosses it (above the columns) first. Applied again to each side,
 * so three or four columns are read in order too. Lines, not pieces, are measured and moved: a
 * line set in many pieces (Latin words, digits and spaces between Chinese) crosses the gutter as
 * a whole where its pieces stand closer than an em, whatever script its pieces are in.
 */
function columns(items: PdfItem[], from: number, to: number, depth = 0): PdfItem[][] {
  if (depth < 2 && items.length >= 8) {
    const width = to - from;
    // A gutter is a band at least half an em wide that no text touches: justified lines come in many
    // pieces that meet edge to edge, and a boundary between two of them is no gutter.
    const em = median(items.map((i) => i.size));
    const half = em / 4;
    const byLine = new Map<number, PdfItem[]>();
    for (const i of items) byLine.set(Math.round(i.y), [...(byLine.get(Math.round(i.y)) ?? []), i]);
    const lines = [...byLine.values()].map((l) => l.sort((a, b) => a.x - b.x));
    const lineOf = new Map<PdfItem, PdfItem[]>();
    for (const l of lines) for (const i of l) lineOf.set(i, l);
    const itemCrosses = (i: PdfItem, g: number) => i.x < g + half && i.x + i.width > g - half;
    const lineCrosses = (l: PdfItem[], g: number) =>
      l.some((i) => itemCrosses(i, g)) || l.some((a, k) => k + 1 < l.length && a.x + a.width <= g && l[k + 1]!.x >= g && l[k + 1]!.x - (a.x + a.width) < em);
    let best: { g: number; crossing: number } | null = null;
    for (let g = from + width * 0.3; g <= from + width * 0.7; g += 2) {
      const crossing = lines.filter((l) => lineCrosses(l, g)).length;
      if (!best || crossing < best.crossing) best = { g, crossing };
    }
    if (best && best.crossing <= lines.length * 0.3) {
      const { g } = best;
      const beside = lines.filter((l) => !lineCrosses(l, g)).flat();
      const top = Math.max(...beside.map((i) => i.y));
      const bottom = Math.min(...beside.map((i) => i.y));
      // A line that crosses the gutter above or below the columns spans them (a title); a line inside
      // them that only reaches into it (hanging punctuation) belongs to the column it starts in.
      const spans = (i: PdfItem) => lineCrosses(lineOf.get(i)!, g) && (i.y > top || i.y < bottom);
      const startsLeft = (i: PdfItem) => lineOf.get(i)![0]!.x < g;
      const left = items.filter((i) => !spans(i) && (lineCrosses(lineOf.get(i)!, g) ? startsLeft(i) : i.x < g));
      const right = items.filter((i) => !spans(i) && !left.includes(i));
      const count = (side: PdfItem[]) => new Set(side.map((i) => Math.round(i.y))).size;
      const enough = (side: PdfItem[]) => count(side) >= lines.length * 0.2;
      if (enough(left) && enough(right)) {
        return [
          ...(items.some((i) => spans(i) && i.y > top) ? [items.filter((i) => spans(i) && i.y > top)] : []),
          ...columns(left, from, g, depth + 1),
          ...columns(right, g, to, depth + 1),
          ...(items.some((i) => spans(i) && i.y < bottom) ? [items.filter((i) => spans(i) && i.y < bottom)] : []),
        ];
      }
    }
  }
  return [items];
}

/** A page's lines, column by column. */
function pageLines(page: PdfPage, index: number): PdfLine[] {
  const present = page.items.filter((i) => i.text.trim());
  return columns(present, 0, page.width).flatMap((group, c) => groupLines(group, index, `${index}:${c}`));
}

/** Items on one baseline, left to right; a space only where a gap separates two Latin words. */
function groupLines(group: PdfItem[], index: number, column: string): PdfLine[] {
  const items = [...group].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const item of items) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) < 0.4 * Math.max(item.size, line[0]!.size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of line) {
      if (text && item.x - end > 0.25 * item.size && LATIN_END.test(text) && LATIN_START.test(item.text)) text += ' ';
      text += item.text;
      end = item.x + item.width;
    }
    const size = Math.max(...line.map((i) => i.size));
    return { page: index, column, text, x0: line[0]!.x, x1: end, y: line[0]!.y, size };
  });
}

/** The size most of the text is set in: the body's. */
function bodySize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + [...l.text].length);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

/** Lines in a page's top or bottom margin that are page numbers, or that come back on other pages (digits aside). */
function furniture(lines: PdfLine[], pages: PdfPage[]): Set<PdfLine> {
  const inMargin = (l: PdfLine) => {
    const h = pages[l.page]!.height;
    return l.y > h * (1 - MARGIN) || l.y < h * MARGIN;
  };
  const key = (l: PdfLine) => l.text.replace(/\d+/gu, '#').replace(/\s+/gu, '');
  const pagesOf = new Map<string, Set<number>>();
  for (const l of lines.filter(inMargin)) pagesOf.set(key(l), (pagesOf.get(key(l)) ?? new Set()).add(l.page));
  return new Set(lines.filter((l) => inMargin(l) && (isPageNumber(l.text) || (pagesOf.get(key(l))?.size ?? 0) >= 2)));
}

/**
 * The paragraphs of a PDF decided from where its text stands, not guessed from the text: a line
 * continues the paragraph above when that one reached the right edge, this one is not indented,
 * is set in the same size and follows at the usual line distance. Larger type is the title (first)
 * or a heading; running heads and page numbers in the margins are marked as page furniture.
 */
export function pdfToBlocks(pages: PdfPage[]): RawBlock[] {
  const all = pages.flatMap(pageLines);
  const skip = furniture(all, pages);
  const lines = all.filter((l) => !skip.has(l));
  const body = bodySize(lines);
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) < 0.5);
  // Each column's left and right edge, from its body lines (or the whole text's, for a column without any).
  const edges = (of: PdfLine[]) => ({ left: median(of.map((l) => l.x0)), right: median(of.filter((l) => [...l.text].length >= 6).map((l) => l.x1)) });
  const whole = edges(bodyLines);
  const byColumn = new Map<string, { left: number; right: number }>();
  for (const key of new Set(lines.map((l) => l.column))) {
    const own = bodyLines.filter((l) => l.column === key);
    byColumn.set(key, own.length >= 3 ? edges(own) : whole);
  }
  const pitch = median(bodyLines.slice(1).flatMap((l, i) => (l.column === bodyLines[i]!.column && bodyLines[i]!.y > l.y ? [bodyLines[i]!.y - l.y] : [])));

  const blocks: RawBlock[] = [...skip].map((l) => ({ runs: [{ text: l.text }], continues: false, hint: { kind: 'furniture' as const } }));
  let prev: PdfLine | null = null;
  let titled = false;
  for (const line of lines) {
    const { left } = byColumn.get(line.column)!;
    const sameSize = prev !== null && Math.abs(prev.size - line.size) < 0.5;
    const prevFull = prev !== null && prev.x1 >= byColumn.get(prev.column)!.right - 1.5 * prev.size;
    const indented = line.x0 > left + 0.8 * line.size;
    // The next column or page goes on where the last one stopped.
    const near = prev !== null && (prev.column !== line.column || prev.y - line.y <= pitch * 1.2 + 0.5);
    const large = line.size >= body * 1.25;
    const block = blocks.at(-1);
    // A title or heading set over two lines goes on whatever its first line's length.
    if (prev && block && sameSize && near && ((prevFull && !indented) || large)) block.runs[0]!.text += line.text;
    else {
      const hint: RawBlock['hint'] = large ? (!titled && line.page === 0 ? { kind: 'title' } : { kind: 'heading', level: 1 }) : undefined;
      if (large) titled = true;
      blocks.push({ runs: [{ text: line.text }], continues: false, ...(hint ? { hint } : {}) });
    }
    prev = line;
  }
  return blocks;
}
