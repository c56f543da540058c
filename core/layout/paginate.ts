import type { Block, ParaStyle, PrintDocument, TextBlock, TocEntry } from './print-model.ts';
import type { PageGeometry } from './page-geometry.ts';
import { breakLines, lineWidth } from './line-breaker.ts';

/** Where a block starts: its page (counted within its section of the document) and the grid line on it. */
export interface Place {
  page: number;
  line: number;
}

export interface Pagination {
  /** Pages of masthead and 目录, which carry no page number (none without a 目录: the masthead is on page 1). */
  frontPages: number;
  /** Numbered pages. */
  bodyPages: number;
  /** Every page, the front pages included: the one page count the status bar, the DOCX and the command line show. */
  totalPages: number;
  /** Printed page number of each bookmark (sections and articles), as the 目录 shows it. */
  bookmarks: Map<string, number>;
  /** The numbered pages that hold a grid line less, for a rule on them (the masthead's, without a 目录). */
  shortPages: ReadonlySet<number>;
  /** Where each numbered page after the first starts: the body block, and the line within it. */
  pageStarts: { page: number; block: number; line: number }[];
  /** Empty lines before the 报尾 so that it sits at the foot of the last page, and whether it starts a page. */
  closingFiller: { lines: number; pageBreakBefore: boolean };
  /** Where each block starts, for drawing the pages: front blocks on the front pages, each line of the 目录, body blocks (a gallery: each row) on numbered pages, and the 报尾. */
  places: { front: Place[][]; toc: Place[]; body: Place[][]; closing: Place };
}

/** The printed lines of a paragraph's text. */
export function blockLines(block: TextBlock, geometry: PageGeometry): string[] {
  const text = block.runs.map((r) => r.text).join('');
  if (text.includes('\t') || !text) return [text];
  const s = block.style;
  const width = geometry.textWidthPt - s.leftIndentPt - s.rightIndentPt;
  return breakLines(text, { sizePt: s.sizePt, bold: s.bold, spacingPt: s.spacingPt }, { firstWidthPt: width - s.firstIndentPt, widthPt: width });
}

/**
 * The printed lines of a 目录 entry whose page is `page`. The number stands after a right tab at the
 * margin: where the last line leaves no room for it, it goes down to a line of its own (`''` here).
 */
export function tocEntryLines(entry: TocEntry, style: ParaStyle, geometry: PageGeometry, page: number): string[] {
  const width = geometry.textWidthPt - tocIndentPt(entry, style);
  const setting = { sizePt: style.sizePt, bold: style.bold, spacingPt: style.spacingPt };
  const lines = breakLines(entry.text, setting, { firstWidthPt: width, widthPt: width });
  const room = width - lineWidth(lines.at(-1)!, setting);
  return room < lineWidth(String(page), setting) ? [...lines, ''] : lines;
}

/** Articles are set one character in from their sections in the 目录. */
export function tocIndentPt(entry: TocEntry, style: ParaStyle): number {
  return entry.level === 2 ? style.sizePt : 0;
}

/** Grid lines a paragraph takes (without its space after). */
export function textLines(block: TextBlock, geometry: PageGeometry): number {
  return blockLines(block, geometry).length * block.lineHeightLines;
}

/** Grid lines each block needs, and how many of them must share the page with what follows. */
function measure(block: Block, geometry: PageGeometry): { lines: number; after: number; first: number } {
  switch (block.kind) {
    case 'text': {
      const lines = textLines(block, geometry);
      return { lines, after: block.spaceAfterLines, first: block.keepLines ? lines : block.lineHeightLines };
    }
    case 'picture':
      return { lines: block.lines, after: 0, first: block.lines };
    case 'gallery':
      return { lines: block.rows.length * block.rowLines, after: 0, first: block.rowLines };
  }
}

/** Lays blocks on pages of `perPage` grid lines, as Word and LibreOffice do with these settings. */
class PageCursor {
  page = 1;
  used = 0;
  /** The block being laid, and where each new page began. */
  block = 0;
  readonly starts: { page: number; block: number; line: number }[] = [];
  /** Where each block (each row of a gallery) was laid. */
  readonly places: Place[][] = [];
  /** Lines the current page holds: a rule's few points of height cost the page its last grid line. */
  capacity: number;
  /** The pages that hold a grid line less for a rule. */
  readonly short = new Set<number>();
  constructor(readonly perPage: number) {
    this.capacity = perPage;
  }

  get here(): Place {
    return { page: this.page, line: this.used };
  }

  get left(): number {
    return this.capacity - this.used;
  }

  newPage(): void {
    this.page++;
    this.used = 0;
    this.capacity = this.perPage;
    this.starts.push({ page: this.page, block: this.block, line: 0 });
  }

  /** Adds lines that may run on over pages, then a space that ends at the foot of a page. */
  flow(lines: number, after: number): void {
    let line = this.capacity - this.used;
    this.used += lines;
    while (this.used > this.capacity) {
      this.page++;
      this.used -= this.capacity;
      this.capacity = this.perPage;
      this.starts.push({ page: this.page, block: this.block, line });
      line += this.perPage;
    }
    this.used = Math.min(this.capacity, this.used + after);
  }
}

function layBlocks(blocks: Block[], geometry: PageGeometry, cursor: PageCursor, bookmarks: Map<string, number>): void {
  const sizes = blocks.map((b) => measure(b, geometry));
  blocks.forEach((block, i) => {
    const size = sizes[i]!;
    cursor.block = i;
    if (block.pageBreakBefore && cursor.used > 0) cursor.newPage();
    // What must go on this page together: the block's unsplittable start, and for a chain of
    // keep-with-next blocks everything up to the first line of the block after the chain.
    // A chain longer than a page cannot be kept together: then only the block's own start is (a
    // paragraph not to be split moves whole), as Word and LibreOffice do.
    let together = size.first;
    if (keepsNext(block)) {
      let chain = size.lines + size.after;
      for (let j = i + 1; j < blocks.length; j++) {
        if (keepsNext(blocks[j]!)) chain += sizes[j]!.lines + sizes[j]!.after;
        else {
          chain += sizes[j]!.first;
          break;
        }
      }
      if (chain <= cursor.perPage) together = chain;
    }
    if (together > cursor.left && cursor.used > 0 && together <= cursor.perPage) cursor.newPage();
    if (block.kind === 'text' && block.bookmark) bookmarks.set(block.bookmark, cursor.page);
    const places: Place[] = [];
    cursor.places[i] = places;
    if (block.kind === 'gallery') {
      for (let r = 0; r < block.rows.length; r++) {
        if (block.rowLines > cursor.left && cursor.used > 0) cursor.newPage();
        places.push(cursor.here);
        cursor.flow(block.rowLines, 0);
      }
      return;
    }
    if (block.kind === 'picture' && size.lines > cursor.left && cursor.used > 0) cursor.newPage();
    places.push(cursor.here);
    cursor.flow(size.lines, size.after);
    if (block.kind === 'text' && block.rule) {
      cursor.capacity = cursor.perPage - 1;
      cursor.short.add(cursor.page);
    }
  });
}

function keepsNext(block: Block): boolean {
  return (block.kind === 'text' || block.kind === 'picture') && block.keepNext;
}

/**
 * The page of every section and article, the number of pages, and where the 报尾 goes: the one
 * pagination that the 目录, the editor's page count and the export all use.
 */
export function paginate(doc: PrintDocument, geometry: PageGeometry): Pagination {
  const perPage = geometry.linesPerPage;
  const front = new PageCursor(perPage);
  layBlocks(doc.front, geometry, front, new Map());
  // With a 目录 the body is numbered from its own first page, so it is laid first and the 目录 knows
  // its numbers; without one it follows the masthead on the same, first page.
  const frontPlaces = doc.tocShown ? front.places : front.places.splice(0);
  const body = doc.tocShown ? new PageCursor(perPage) : front;
  const bookmarks = new Map<string, number>();
  layBlocks(doc.body, geometry, body, bookmarks);

  const tocPlaces: Place[] = [];
  if (doc.tocShown) {
    // The TOC field opens in a paragraph of its own, and closes in one, and the section ends in one: a line each.
    front.flow(1, 0);
    for (const entry of doc.toc)
      for (const _ of tocEntryLines(entry, doc.tocStyle, geometry, bookmarks.get(entry.bookmark) ?? 0)) {
        if (front.left < 1) front.newPage();
        tocPlaces.push(front.here);
        front.flow(1, 0);
      }
    front.flow(2, 0);
  }
  const frontPages = doc.tocShown ? front.page : 0;

  // The 报尾's rules add a little height beyond its grid lines: one line is kept spare for them.
  const closingLines = doc.closing.reduce((n, b) => n + textLines(b, geometry), 0) + 1;
  let closingFiller = { lines: body.left - closingLines, pageBreakBefore: false };
  if (body.used === 0) closingFiller = { lines: perPage - closingLines, pageBreakBefore: false };
  else if (closingLines > body.left) {
    closingFiller = { lines: perPage - closingLines, pageBreakBefore: true };
    body.block = doc.body.length; // the 报尾's own page starts after every block
    body.newPage();
  }
  // The filler paragraph takes at least one line (a paragraph cannot be shorter).
  const fill = closingFiller.lines > 0 || closingFiller.pageBreakBefore ? Math.max(1, closingFiller.lines) : 0;
  const closing = { page: body.page, line: body.used + fill };
  return {
    frontPages,
    bodyPages: body.page,
    totalPages: frontPages + body.page,
    bookmarks,
    pageStarts: body.starts,
    shortPages: body.short,
    closingFiller,
    places: { front: frontPlaces, toc: tocPlaces, body: body.places, closing },
  };
}
