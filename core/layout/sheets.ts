import type { Block, ParaStyle, SourcePath, TextBlock, TextRunSpec } from './print-model.ts';
import type { IssueLayout } from './layout-issue.ts';
import type { Place } from './paginate.ts';
import { blockLines, tocEntryLines, tocIndentPt } from './paginate.ts';
import { breakLines } from './line-breaker.ts';

/** Where something sits on a sheet: its top in grid lines from the text block's top, and its box across. */
interface Spot {
  line: number;
  /** Height in grid lines. */
  lines: number;
  xPt: number;
  widthPt: number;
}

/** One printed line of a paragraph, broken where the DOCX breaks it. */
export interface SheetLine extends Spot {
  kind: 'line';
  runs: TextRunSpec[];
  /** Text set flush right on the same line (the date on the masthead's line, after its tab). */
  right?: string;
  style: ParaStyle;
  /** A justified paragraph's lines but its last fill the measure; the last is set flush left. */
  align: ParaStyle['align'];
  source?: SourcePath;
  /** Where the line starts in its paragraph's text (UTF-16 units): where a click on it puts the caret. */
  offset: number;
  /** The section heading (1) or article title (2) this line belongs to: the PDF's outline. */
  outline?: 1 | 2;
  /** The bookmark the paragraph starts, on its first line: where the 目录 links to. */
  anchor?: string;
  rule?: TextBlock['rule'];
}

/** A line of the 目录: the entry's text, and on its last line the dot leader and the page number. */
export interface SheetTocLine extends Spot {
  kind: 'toc';
  text: string;
  style: ParaStyle;
  /** Printed page and bookmark, on the entry's last line. */
  page?: number;
  target: string;
}

export interface SheetPicture extends Spot {
  kind: 'picture';
  photo: string;
  photoWidthPt: number;
  photoHeightPt: number;
  source?: SourcePath;
}

export type SheetItem = SheetLine | SheetTocLine | SheetPicture;

export interface Sheet {
  /** The number printed at the foot (`— N —`), or null on the masthead and 目录 pages. */
  number: number | null;
  items: SheetItem[];
}

/** The text of each printed line, as runs with their bold and italic, and where it starts in the paragraph's text. */
function lineRuns(runs: TextRunSpec[], lines: string[]): { runs: TextRunSpec[]; offset: number }[] {
  const pieces = runs.flatMap((r) => [...r.text].map((ch) => ({ ch, bold: r.bold, italic: r.italic })));
  let at = 0;
  let offset = 0;
  const take = () => (offset += pieces[at++]!.ch.length);
  return lines.map((line) => {
    const chars = [...line];
    // Spaces the breaker dropped at a line start are skipped here too.
    while (at < pieces.length && pieces[at]!.ch !== chars[0] && /\s/u.test(pieces[at]!.ch)) take();
    const start = offset;
    const out: TextRunSpec[] = [];
    for (let k = 0; k < chars.length && at < pieces.length; k++) {
      const p = pieces[at]!;
      take();
      const last = out.at(-1);
      if (last && last.bold === p.bold && last.italic === p.italic) last.text += p.ch;
      else out.push({ text: p.ch, ...(p.bold ? { bold: true } : {}), ...(p.italic ? { italic: true } : {}) });
    }
    return { runs: out, offset: start };
  });
}

/** Grid lines that carry on past the foot of a page go on the next one; `perPage` tells how many a page holds. */
function advance(place: Place, lines: number, perPage: (page: number) => number): Place {
  let { page, line } = place;
  line += lines;
  while (line >= perPage(page)) {
    line -= perPage(page);
    page++;
  }
  return { page, line };
}

/**
 * The printed pages, drawn from the same layout as the DOCX and the 目录: every line where the
 * DOCX breaks it, on the page the paginator put it. The page view and the PDF are drawn from
 * these, and nothing is laid out a second time.
 */
export function layoutSheets(layout: IssueLayout): Sheet[] {
  const { geometry, print, pagination } = layout;
  // A page with a thick rule holds a grid line less (see paginate).
  const perPage = (page: number) => geometry.linesPerPage - (pagination.shortPages.has(page) ? 1 : 0);
  const full = geometry.textWidthPt;
  const sheets: Sheet[] = Array.from({ length: pagination.totalPages }, (_, i) => ({
    number: i < pagination.frontPages ? null : i - pagination.frontPages + 1,
    items: [],
  }));
  const put = (offset: number, place: Place, item: SheetItem) => sheets[offset + place.page - 1]?.items.push({ ...item, line: place.line });

  const outlineOf = (b: TextBlock): 1 | 2 | undefined => (b.role === 'sectionHeading' ? 1 : b.role === 'title' && b.bookmark ? 2 : undefined);

  const text = (b: TextBlock, start: Place, offset: number) => {
    const s = b.style;
    const box = full - s.leftIndentPt - s.rightIndentPt;
    const tab = b.runs.findIndex((r) => r.text === '\t');
    const lines = tab >= 0 ? [b.runs.slice(0, tab).map((r) => r.text).join('')] : blockLines(b, geometry);
    const runs = tab >= 0 ? [{ runs: b.runs.slice(0, tab), offset: 0 }] : lineRuns(b.runs, lines);
    let place = start;
    lines.forEach((_, k) => {
      const first = k === 0;
      const last = k === lines.length - 1;
      const indent = first ? s.firstIndentPt : 0;
      put(offset, place, {
        kind: 'line',
        line: 0,
        lines: b.lineHeightLines,
        xPt: s.leftIndentPt + indent,
        widthPt: box - indent,
        runs: runs[k]!.runs,
        offset: runs[k]!.offset,
        ...(tab >= 0 ? { right: b.runs.slice(tab + 1).map((r) => r.text).join('') } : {}),
        style: s,
        align: s.align === 'justify' && last ? 'left' : s.align,
        ...(b.source ? { source: b.source } : {}),
        ...(outlineOf(b) ? { outline: outlineOf(b)! } : {}),
        ...(first && b.bookmark ? { anchor: b.bookmark } : {}),
        ...(b.rule && (b.rule.where === 'top' ? first : last) ? { rule: b.rule } : {}),
      });
      place = advance(place, b.lineHeightLines, perPage);
    });
  };

  const block = (b: Block, at: Place[], offset: number) => {
    if (b.kind === 'text') return text(b, at[0]!, offset);
    const source = b.source ? { source: b.source } : {};
    if (b.kind === 'picture')
      return put(offset, at[0]!, { kind: 'picture', line: 0, lines: b.lines, xPt: 0, widthPt: full, photo: b.photo, photoWidthPt: b.widthPt, photoHeightPt: b.heightPt, ...source });
    const half = full / 2;
    const style = { ...b.captionStyle, firstIndentPt: 0, leftIndentPt: 0, rightIndentPt: 0 };
    b.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const place = at[r]!;
        const pictureLines = b.rowLines - 1;
        put(offset, place, { kind: 'picture', line: 0, lines: pictureLines, xPt: c * half, widthPt: half, photo: cell.photo, photoWidthPt: cell.widthPt, photoHeightPt: cell.heightPt, ...source });
        const caption = breakLines(cell.caption, { sizePt: style.sizePt, bold: style.bold, spacingPt: style.spacingPt }, { firstWidthPt: half, widthPt: half })[0] ?? '';
        put(offset, advance(place, pictureLines, perPage), { kind: 'line', line: 0, lines: 1, xPt: c * half, widthPt: half, runs: [{ text: caption }], offset: 0, style, align: style.align, ...source });
      }),
    );
  };

  print.front.forEach((b, i) => block(b, pagination.places.front[i]!, 0));
  // The 目录: entries one after the other.
  const ts = print.tocStyle;
  const tocAt = pagination.places.toc.values();
  for (const entry of print.toc) {
    const indent = tocIndentPt(entry, ts);
    const page = pagination.bookmarks.get(entry.bookmark) ?? 0;
    const lines = tocEntryLines(entry, ts, geometry, page);
    lines.forEach((line, k) => {
      const last = k === lines.length - 1;
      put(0, tocAt.next().value!, { kind: 'toc', line: 0, lines: 1, xPt: indent, widthPt: full - indent, text: line, style: ts, target: entry.bookmark, ...(last ? { page } : {}) });
    });
  }
  const front = pagination.frontPages;
  print.body.forEach((b, i) => block(b, pagination.places.body[i]!, front));
  let closingAt = pagination.places.closing;
  for (const b of print.closing) {
    text(b, closingAt, front);
    closingAt = advance(closingAt, b.lineHeightLines * blockLines(b, geometry).length, perPage);
  }
  return sheets;
}
