/** Colours of reviewers, as classes of the stylesheet: the same name always gets the same one. */
const REVIEWER_COLOURS = 6;

/** The reviewer's place in the palette (a paragraph's changed break shows it without colouring the paragraph's words). */
export function reviewerIndex(author: string): number {
  let hash = 0;
  for (const ch of author) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return hash % REVIEWER_COLOURS;
}

export function reviewerClass(author: string): string {
  return `bj-reviewer-${reviewerIndex(author)}`;
}
