import * as z from 'zod';

const Text = z.string().max(20_000);
const Who = z.string().max(200);
/** ISO time as the reviewer's editor wrote it, or '' where it wrote none. */
const When = z.string().max(40);

export const CommentReply = z.object({ author: Who, date: When, text: Text });
export type CommentReply = z.infer<typeof CommentReply>;

/**
 * A comment (批注) with its thread: kept in the document's `comments` attribute, so that it is
 * saved, versioned and undone with the text; the words it is on carry a `comment` mark with its id.
 */
export const ReviewComment = z.object({
  id: z.string().min(1).max(100),
  author: Who,
  date: When,
  text: Text,
  /** The words it was made on, as the reviewer saw them. */
  quote: Text,
  replies: z.array(CommentReply).max(200),
  resolved: z.boolean(),
});
export type ReviewComment = z.infer<typeof ReviewComment>;

export const ReviewComments = z.array(ReviewComment).max(5_000);

/** The comment threads of a document (ProseMirror's node or its JSON). */
export function commentsOf(doc: { attrs?: Record<string, unknown> | null }): ReviewComment[] {
  const parsed = ReviewComments.safeParse(doc.attrs?.comments ?? []);
  return parsed.success ? parsed.data : [];
}
