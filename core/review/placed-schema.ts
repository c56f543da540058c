import * as z from 'zod';

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
/** What a change does (see ChangeKind in read-review.ts): to words, their formatting, or a paragraph's break. */
export const CHANGE_KINDS = ['insert', 'delete', 'replace', 'format', 'newParagraph', 'removeParagraph', 'split', 'join'] as const;
const Kind = z.enum(CHANGE_KINDS);

const PlacedChange = z.object({
  ...Place,
  ...Mark,
  kind: Kind,
  before: z.string(),
  after: z.string(),
  /** The move it is half of: both halves are one suggestion. */
  move: z.string().optional(),
  /** A formatting change: bold or italic as the reviewer set it. */
  format: z.object({ bold: z.boolean().optional(), italic: z.boolean().optional() }).optional(),
});
const Reply = z.object({ ...Mark, text: z.string() });
const PlacedComment = z.object({
  ...Place,
  ...Mark,
  id: z.string(),
  quote: z.string(),
  text: z.string(),
  replies: z.array(Reply),
  resolved: z.boolean(),
  /** Where a comment spanning paragraphs ends: that paragraph and the place in its text as sent. */
  end: z.object({ itemId: z.string(), source: z.array(z.number().int().min(0)).readonly(), offset: z.number().int().min(0) }).nullable(),
});
/**
 * A mark that could not be placed, or what was not taken in: what it says (the change's text, or the
 * comment), where it was (the words around it, or the part of the issue outside the articles).
 */
const UnplacedMark = z.object({ ...Mark, kind: z.enum([...CHANGE_KINDS, 'comment']), text: z.string(), context: z.string() });

export const PlacedReviewSchema = z.object({
  changes: z.array(PlacedChange),
  comments: z.array(PlacedComment),
  unplaced: z.array(UnplacedMark),
  /** Formatting the template decides (size, font, colour; anything on a title or byline): named, not taken in. */
  ignored: z.array(UnplacedMark),
});

export type Place = z.infer<z.ZodObject<typeof Place>>;
export type PlacedChange = z.infer<typeof PlacedChange>;
export type PlacedComment = z.infer<typeof PlacedComment>;
export type UnplacedMark = z.infer<typeof UnplacedMark>;
export type PlacedReview = z.infer<typeof PlacedReviewSchema>;
