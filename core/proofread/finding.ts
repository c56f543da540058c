import { z } from 'zod';

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

export const Formulations = z.object({
  phrases: z.array(z.object({ text: z.string().min(2) })),
  wrongForms: z.array(z.object({ wrong: z.string().min(1), correct: z.string(), message: z.string().optional() })),
  formulas: z.array(z.object({ name: z.string(), verb: z.string(), wrongVerbs: z.array(z.string()), members: z.array(z.string()) })),
});
export type Formulations = z.infer<typeof Formulations>;
