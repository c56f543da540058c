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

/** Items on one baseline, left to right; a space only where a gap separates two Latin words. */
function pageLines(page: PdfPage, index: number): PdfLine[] {
  const items = page.items.filter((i) => i.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
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
    return { page: index, text, x0: line[0]!.x, x1: end, y: line[0]!.y, size };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The size most of the text is set in: the body's. */
function bodySize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + [...l.text].length);
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
  const left = median(bodyLines.map((l) => l.x0));
  const right = median(bodyLines.filter((l) => [...l.text].length >= 10).map((l) => l.x1));
  const pitch = median(bodyLines.slice(1).flatMap((l, i) => (l.page === bodyLines[i]!.page && bodyLines[i]!.y > l.y ? [bodyLines[i]!.y - l.y] : [])));

  const blocks: RawBlock[] = [...skip].map((l) => ({ runs: [{ text: l.text }], continues: false, hint: { kind: 'furniture' as const } }));
  let prev: PdfLine | null = null;
  let titled = false;
  for (const line of lines) {
    const sameSize = prev !== null && Math.abs(prev.size - line.size) < 0.5;
    const prevFull = prev !== null && prev.x1 >= right - 1.5 * prev.size;
    const indented = line.x0 > left + 0.8 * line.size;
    const near = prev !== null && (prev.page !== line.page || prev.y - line.y <= pitch * 1.2 + 0.5);
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
