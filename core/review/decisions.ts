import { BREAK_BLOCKS, type ParagraphRevision } from './paragraph-marks.ts';

/** The clerk's answer to a suggestion. */
export type Decision = 'accept' | 'reject';

/**
 * What a decision does, defined once for the editor's 接受/拒绝 and the clean print (without-review.ts,
 * every suggestion rejected), both settled by settle.ts on ProseMirror steps.
 */

/** Whether suggested words stay: an accepted insertion and a rejected deletion keep theirs, the others lose them. */
export function wordsKept(kind: 'insert' | 'delete', decision: Decision): boolean {
  return (kind === 'insert') === (decision === 'accept');
}

/**
 * Whether a paragraph's break stays, by the same rule: where it goes, the paragraph joins the next
 * (or is dropped when nothing of it is left).
 */
export function breakKept(revision: ParagraphRevision, decision: Decision): boolean {
  return wordsKept(revision.kind, decision);
}

/**
 * How a paragraph's break is taken out: a paragraph with no words left is dropped; one followed by a
 * body paragraph or heading runs on into it (keeping its own kind, and taking the next one's break);
 * before anything else (a byline, a photo, the end of a quotation) the break stays, as there is nothing
 * it could join.
 */
export function breakRemoval(empty: boolean, next: string | undefined): 'drop' | 'join' | 'keep' {
  if (empty) return 'drop';
  return next !== undefined && BREAK_BLOCKS.has(next) ? 'join' : 'keep';
}
