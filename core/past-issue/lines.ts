import { blockText, type RawBlock } from '../cleanup/raw-block.ts';

/** A block's text on one line, spaces collapsed: how a past briefing's lines are compared and listed. */
export const lineOf = (b: RawBlock) => blockText(b).replace(/\s+/gu, ' ').trim();

/** A line without its spaces, full-width forms made plain and quotes straight: a title the same however it was typed and cleaned. */
export const compact = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '').replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'");

/** `【工作动态】`: a section's heading, as a briefing heads its sections. */
export const SECTION_HEADING = /^【[^】]{2,20}】$/u;
export const isSectionHeading = (b: RawBlock) => b.hint?.kind !== 'figure' && SECTION_HEADING.test(compact(lineOf(b)));

/** How a block that goes into no item is listed: its words, or the photo with its caption. */
export const listedAs = (b: RawBlock) => (b.hint?.kind === 'figure' ? `（照片）${lineOf(b)}` : lineOf(b));
