import { z } from 'zod';

/** A placed review (core/review/place-review.ts): its types, and the check where it crosses into the page. */
const Mark = { author: z.string(), date: z.string() };
/** Where a mark belongs: its item (by id and as the clerk names it) and paragraph (0 the title, body paragraphs from 1). */
const Place = {
  itemId: z.string(),
  item: z.string(),
  source: z.array(z.number().int().min(0)).readonly(),
  paragraph: z.number().int().min(0),
  /** Where in the paragraph's text (as sent) the mark starts, or null where only its paragraph is known. */
  offset: z.number().int().min(0).nullable(),
  /** How the paragraph was found: by its anchor, or by its text where the reviewer's editor dropped the anchor. */
  by: z.enum(['anchor', 'text']),
};
const Kind = z.enum(['insert', 'delete', 'replace']);

const PlacedChange = z.object({ ...Place, ...Mark, kind: Kind, before: z.string(), after: z.string() });
const PlacedComment = z.object({ ...Place, ...Mark, id: z.string(), quote: z.string(), text: z.string() });
/** A mark that could not be placed: what it says (the change's text, or the comment) and the words around it in the returned file. */
const UnplacedMark = z.object({ ...Mark, kind: z.enum(['insert', 'delete', 'replace', 'comment']), text: z.string(), context: z.string() });

export const PlacedReviewSchema = z.object({ changes: z.array(PlacedChange), comments: z.array(PlacedComment), unplaced: z.array(UnplacedMark) });

export type Place = z.infer<z.ZodObject<typeof Place>>;
export type PlacedChange = z.infer<typeof PlacedChange>;
export type PlacedComment = z.infer<typeof PlacedComment>;
export type UnplacedMark = z.infer<typeof UnplacedMark>;
export type PlacedReview = z.infer<typeof PlacedReviewSchema>;
