import { z } from 'zod';

/** The contract's form of a placed review (core/review/place-review.ts), checked where it crosses into the page. */
const Mark = { author: z.string(), date: z.string() };
const Place = {
  itemId: z.string(),
  item: z.string(),
  source: z.array(z.number().int().min(0)).readonly(),
  paragraph: z.number().int().min(0),
  offset: z.number().int().min(0).nullable(),
  by: z.enum(['anchor', 'text']),
};
const Kind = z.enum(['insert', 'delete', 'replace']);

export const PlacedReviewSchema = z.object({
  changes: z.array(z.object({ ...Place, ...Mark, kind: Kind, before: z.string(), after: z.string() })),
  comments: z.array(z.object({ ...Place, ...Mark, id: z.string(), quote: z.string(), text: z.string() })),
  unplaced: z.array(z.object({ ...Mark, kind: z.enum(['insert', 'delete', 'replace', 'comment']), text: z.string(), context: z.string() })),
});
