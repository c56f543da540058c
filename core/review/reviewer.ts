/** Colours of reviewers, as classes of the stylesheet: the same name always gets the same one. */
const REVIEWER_COLOURS = 6;

export function reviewerClass(author: string): string {
  let hash = 0;
  for (const ch of author) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return `bj-reviewer-${hash % REVIEWER_COLOURS}`;
}
