import { Mark } from '@tiptap/core';
import { MARK } from '../model/nodes.ts';
import { reviewerClass } from '../review/reviewer.ts';

/**
 * The marks of 审签: a reviewer's insertion and deletion, kept in the text until the clerk accepts
 * or rejects them, and the range a comment is on. They carry who and when, as a Word revision does;
 * the class gives each reviewer a colour of a fixed palette (the CSP allows no inline styles).
 */
function suggestion(name: string, tag: 'ins' | 'del') {
  return Mark.create({
    name,
    inclusive: false,
    excludes: `${MARK.insertion} ${MARK.deletion}`,
    addAttributes() {
      return {
        id: { default: '', parseHTML: (el) => el.getAttribute('data-mark') ?? '', renderHTML: (a) => ({ 'data-mark': a.id }) },
        author: { default: '', parseHTML: (el) => el.getAttribute('data-author') ?? '', renderHTML: (a) => ({ 'data-author': a.author }) },
        date: { default: '', parseHTML: (el) => el.getAttribute('data-date') ?? '', renderHTML: (a) => ({ 'data-date': a.date }) },
      };
    },
    parseHTML: () => [{ tag: `${tag}.bj-${tag}` }],
    renderHTML: ({ HTMLAttributes, mark }) => [tag, { ...HTMLAttributes, class: `bj-${tag} ${reviewerClass(String(mark.attrs.author))}` }, 0],
  });
}

export const Insertion = suggestion(MARK.insertion, 'ins');
export const Deletion = suggestion(MARK.deletion, 'del');

/** The words a comment is on; the thread itself is kept in the document's `comments` attribute. */
export const CommentRange = Mark.create({
  name: MARK.comment,
  inclusive: false,
  // Comments may overlap.
  excludes: '',
  addAttributes() {
    return { id: { default: '', parseHTML: (el) => el.getAttribute('data-comment') ?? '', renderHTML: (a) => ({ 'data-comment': a.id }) } };
  },
  parseHTML: () => [{ tag: 'span.bj-comment' }],
  renderHTML: ({ HTMLAttributes }) => ['span', { ...HTMLAttributes, class: 'bj-comment' }, 0],
});

/** Marks a one-line part (title, subtitle, byline) may carry: only those of review, never formatting. */
export const REVIEW_MARKS = `${MARK.insertion} ${MARK.deletion} ${MARK.comment}`;
