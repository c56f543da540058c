import * as z from 'zod';
import type { Formulations } from './finding.ts';
import type { Likenesses } from './near-miss.ts';

const Formula = z.strictObject({
  name: z.string().default(''),
  verb: z.string().default(''),
  wrongVerbs: z.array(z.string().min(1)).default([]),
  members: z.array(z.string().min(1)).default([]),
  partial: z.boolean().default(false),
});

/** One family of the canon (四个意识, 二十届三中全会决定…), all written so in one source. */
const CanonGroup = z.strictObject({
  family: z.string().min(2),
  source: z.string().min(2),
  phrases: z.array(z.string().min(2)).default([]),
  formulas: z.array(Formula).default([]),
  wrongForms: z.array(z.strictObject({ wrong: z.string().min(1), correct: z.string(), message: z.string().optional() })).default([]),
});

/** A canon file in templates/proofread/: what it holds and where it comes from, and its families. */
export const CanonFile = z.strictObject({ about: z.string(), groups: z.array(CanonGroup) });

/** The families of canon files as one dictionary, each entry carrying its source. */
export function flatten(files: z.infer<typeof CanonFile>[]): Omit<Formulations, keyof Likenesses> {
  const groups = files.flatMap((f) => f.groups);
  return {
    phrases: groups.flatMap((g) => g.phrases.map((text) => ({ text, source: g.source }))),
    wrongForms: groups.flatMap((g) => g.wrongForms.map((w) => ({ ...w, source: g.source }))),
    formulas: groups.flatMap((g) => g.formulas.map((f) => ({ ...f, source: g.source }))),
  };
}
