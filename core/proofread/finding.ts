import type { Likenesses } from './near-miss.ts';

export const CATEGORIES = {
  formulation: '规范表述',
  punctuation: '标点数字',
  typo: '错别字',
  consistency: '简报一致性',
} as const;
export type Category = keyof typeof CATEGORIES;

/** One problem in a text: where, what was found, why, and the fix when it is certain. */
export interface Finding {
  /** Offset and length in the text that was checked (one paragraph or one file). */
  offset: number;
  length: number;
  found: string;
  suggestion: string | null;
  category: Category;
  message: string;
}

/** A canonical phrase, checked for near misses when it is long enough. `source` says where it is written so. */
export interface Phrase {
  text: string;
  source?: string;
}

/** A wrong form found as written, with the right one. */
export interface WrongForm {
  wrong: string;
  correct: string;
  message?: string;
  source?: string;
}

/** A named formula (四个意识): the verb it goes with, and its members in their order. */
export interface Formula {
  name: string;
  verb: string;
  wrongVerbs: string[];
  members: string[];
  /** A list may rightly name only some members (the guiding thoughts up to a congress): only their order is checked. */
  partial?: boolean;
  source?: string;
}

/** The 规范表述 dictionary: the shipped canon with the clerk's own entries, the pairs of near sounds the office checks and the canon's fixed word endings. */
export interface Formulations extends Likenesses {
  phrases: Phrase[];
  wrongForms: WrongForm[];
  formulas: Formula[];
}
