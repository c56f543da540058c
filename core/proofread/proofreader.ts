import type { UserFormulations } from '../api/contract.ts';
import type { Finding } from './finding.ts';
import { formulations } from './dictionary.ts';
import { checkText } from './check-text.ts';
import { yearStyleFindings } from './rules-numbers.ts';

/**
 * The proofreader as the editor loads it, on first use (the canon and the pinyin data are large):
 * the shipped dictionary with the clerk's own entries, a check for one textblock, and the checks
 * across all the textblocks of an issue.
 */
export function proofreader(user: UserFormulations) {
  const dict = formulations(user);
  return {
    text: (text: string, options: { title?: boolean } = {}): Finding[] => checkText(text, dict, options),
    across: (blocks: string[]): { block: number; finding: Finding }[] => yearStyleFindings(blocks),
  };
}
export type Proofreader = ReturnType<typeof proofreader>;
