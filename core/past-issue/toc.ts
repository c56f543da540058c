import type { RawBlock } from '../cleanup/raw-block.ts';
import { compact, isSectionHeading, lineOf, SECTION_HEADING } from './lines.ts';

/** The 目录 of a past briefing: where it stands, and the titles it lists (page numbers and authors taken off). */
export interface TocFound {
  /** Its `目录` line. */
  start: number;
  /** The first block after it: the body's first section heading. */
  end: number;
  /** The titles it lists, compacted, sections and articles alike. */
  titles: string[];
}

const TOC_TITLE = /^(?:目录|目次)$/u;
/** What follows a title in a 目录 line: dot leaders, the page number, the authors in brackets. */
const PAGE = /[.…·．\-_—\s]*\d{1,3}$/u;
const AUTHORS = /[(（][^()（）]{1,40}[)）]$/u;
/** A paragraph of running text: never a line of a 目录. */
const PROSE = /[。！？].{10,}/u;

/** A 目录 line's title: its page number and authors taken off. */
export function tocTitle(line: string): string {
  return compact(line).replace(PAGE, '').replace(AUTHORS, '').replace(PAGE, '');
}

/**
 * Finds the 目录: a `目录` line and the lines under it, up to where the body starts — at the first
 * section heading standing alone, or where the first section the 目录 lists comes back when its
 * lines carry no page numbers; without section headings, at the first page break, picture or
 * paragraph of running text.
 */
export function findToc(blocks: RawBlock[]): TocFound | null {
  const start = blocks.findIndex((b) => TOC_TITLE.test(compact(lineOf(b))));
  if (start < 0) return null;
  const first = blocks.findIndex((b, i) => i > start && SECTION_HEADING.test(tocTitle(lineOf(b))));
  let end = -1;
  if (first >= 0) {
    const listed = compact(lineOf(blocks[first]!));
    const bare = isSectionHeading(blocks[first]!);
    end = blocks.findIndex((b, i) => i > first && isSectionHeading(b) && (!bare || compact(lineOf(b)) === listed));
  }
  if (end < 0) end = blocks.findIndex((b, i) => i > start + 1 && (b.look?.pageStart || b.hint?.kind === 'figure' || PROSE.test(lineOf(b))));
  if (end < 0) end = blocks.length;
  const titles = blocks
    .slice(start + 1, end)
    .map((b) => tocTitle(lineOf(b)))
    .filter(Boolean);
  return { start, end, titles };
}
