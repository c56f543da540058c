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
 * A line's pieces that touch (Chinese set edge to edge, a Latin word and the space items the PDF
 * sets between it and the Chinese) as one run: a gutter lies between runs, never inside one,
 * whatever the script. Hanging punctuation reaching into a gutter does not touch the next column.
 */
function runsOf(items: PdfItem[]): PdfItem[][] {
  const byLine = new Map<number, PdfItem[]>();
  for (const i of items) {
    const line = byLine.get(Math.round(i.y));
    if (line) line.push(i);
    else byLine.set(Math.round(i.y), [i]);
  }
  const runs: PdfItem[][] = [];
  for (const line of byLine.values()) {
    line.sort((a, b) => a.x - b.x);
    let run: PdfItem[] = [];
    for (const i of line) {
      const last = run.at(-1);
      if (last && i.x - (last.x + last.width) > 0.15 * Math.max(i.size, last.size)) {
        runs.push(run);
        run = [];
      }
      run.push(i);
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

/**
 * A page's text in reading order, column by column: where an empty gutter runs down the page
 * (crossed by few items, such as a title over both columns), the text left of it is read before
 * the text right of it, and what crosses it (above the columns) first. Applied again to each side,
 * so three or four columns are read in order too. Runs of a line are measured (runsOf), not the
 * pieces a PDF sets them in: a line starting with Latin letters or digits is one run with the
 * Chinese beside it, so geometry alone decides where it belongs.
 */
function columns(items: PdfItem[], from: number, to: number, depth = 0): PdfItem[][] {
  if (depth < 2 && items.length >= 8) {
    const width = to - from;
    // A gutter is a band at least half an em wide that no text touches: justified lines come in many
    // pieces that meet edge to edge, and a boundary between two of them is no gutter.
    const half = median(items.map((i) => i.size)) / 4;
    const runs = runsOf(items).map((r) => ({ x: r[0]!.x, y: r[0]!.y, width: r.at(-1)!.x + r.at(-1)!.width - r[0]!.x, items: r }));
    type Run = (typeof runs)[number];
    const crosses = (r: Run, g: number) => r.x < g + half && r.x + r.width > g - half;
    // Counted in lines, not runs: a line set in many runs crosses once.
    const lineCount = (of: Run[]) => new Set(of.map((r) => Math.round(r.y))).size;
    let best: { g: number; crossing: number } | null = null;
    for (let g = from + width * 0.3; g <= from + width * 0.7; g += 2) {
      const crossing = lineCount(runs.filter((r) => crosses(r, g)));
      if (!best || crossing < best.crossing) best = { g, crossing };
    }
    if (best && best.crossing <= lineCount(runs) * 0.3) {
      const { g } = best;
      const beside = runs.filter((r) => !crosses(r, g));
      const top = Math.max(...beside.map((r) => r.y));
      const bottom = Math.min(...beside.map((r) => r.y));
      // What crosses the gutter above or below the columns spans them (a title); a line inside them
      // that only reaches into it (hanging punctuation) belongs to the column it starts in.
      const spans = (r: Run) => crosses(r, g) && (r.y > top || r.y < bottom);
      const left = runs.filter((r) => !spans(r) && r.x < g);
      const right = runs.filter((r) => !spans(r) && r.x >= g);
      const enough = (side: Run[]) => lineCount(side) >= lineCount(runs) * 0.2;
      const flat = (of: Run[]) => of.flatMap((r) => r.items);
      if (enough(left) && enough(right)) {
        const above = runs.filter((r) => spans(r) && r.y > top);
        const below = runs.filter((r) => spans(r) && r.y < bottom);
        return [
          ...(above.length ? [flat(above)] : []),
          ...columns(flat(left), from, g, depth + 1),
          ...columns(flat(right), g, to, depth + 1),
          ...(below.length ? [flat(below)] : []),
        ];
      }
    }
  }
  return [items];
}

/** A page's lines, column by column. */
function pageLines(page: PdfPage, index: number): PdfLine[] {
  // Spaces are measured with the text (they join a Latin word to its line), then left out.
  return columns(page.items, 0, page.width).flatMap((group, c) => groupLines(group.filter((i) => i.text.trim()), index, `${index}:${c}`));
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
    // A line set flush right (a byline) reaches the right edge without running on.
    const prevFull = prev !== null && prev.x1 >= byColumn.get(prev.column)!.right - 1.5 * prev.size && prev.x0 <= byColumn.get(prev.column)!.left + 2.5 * prev.size;
    const indented = line.x0 > left + 0.8 * line.size;
    const large = line.size >= body * 1.25;
    // The next column or page goes on where the last one stopped; a title's lines are spaced by its own size.
    const near = prev !== null && (prev.column !== line.column || prev.y - line.y <= (large ? Math.max(pitch, line.size * 1.6) : pitch) * 1.2 + 0.5);
    const block = blocks.at(-1);
    // A byline broken over two lines: its bracket closes on the next.
    const closesBracket = block !== undefined && /[（(][^）)]*$/u.test(block.runs[0]!.text) && /^[^（(]{1,20}[）)]$/u.test(line.text);
    // A title or heading set over two lines goes on whatever its first line's length.
    if (prev && block && sameSize && near && ((prevFull && !indented) || large || closesBracket)) block.runs[0]!.text += line.text;
    else {
      const hint: RawBlock['hint'] = large ? (!titled && line.page === 0 ? { kind: 'title' } : { kind: 'heading', level: 1 }) : undefined;
      if (large) titled = true;
      const { right } = byColumn.get(line.column)!;
      // Centred: as much room on its left as on its right, and some of it.
      const centred = line.x0 > left + line.size && Math.abs(line.x0 - left - (right - line.x1)) < 1.5 * line.size;
      const look = { size: line.size, ...(centred ? { centred } : {}), ...(prev?.page !== line.page ? { pageStart: true } : {}) };
      blocks.push({ runs: [{ text: line.text }], continues: false, ...(hint ? { hint } : {}), look });
    }
    prev = line;
  }
  return blocks;
}
