import { removeSpacesBesideChinese } from './spaces.ts';
import { normalizePunctuation } from './punctuation.ts';
import type { ChangeCounts } from './tally.ts';

/** One paragraph's text with the damage of extraction and typing repaired, wording unchanged. */
export function cleanParagraphText(text: string, tally?: ChangeCounts): string {
  return removeSpacesBesideChinese(normalizePunctuation(text, tally), tally);
}

/**
 * Titles keep one space between two parallel phrases (`学用贯通担使命 务实笃行启新程`), as
 * briefings print them; spaces beside punctuation go.
 */
export function cleanTitleText(text: string): string {
  return normalizePunctuation(text.replace(/\s+/gu, ' ').trim())
    .replace(/\s*([，。、；：？！（）“”《》])\s*/gu, '$1')
    .replace(/\s+/gu, ' ');
}
