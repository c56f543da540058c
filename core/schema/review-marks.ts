import { Mark } from '@tiptap/core';
import { MARK } from '../model/nodes.ts';
import { reviewerClass, reviewerIndex } from '../review/reviewer.ts';
import { ParagraphRevision, REVISION_ATTR } from '../review/paragraph-marks.ts';

/**
 * The marks of 审签: a reviewer's insertion and deletion, kept in the text until the clerk accepts
 * or rejects them, and the range a comment is on. They carry who and when, as a Word revision does;
 * the class gives each reviewer a colour of a fixed palette (the CSP allows no inline styles).
 */
const who = {
  id: { default: '', parseHTML: (el: HTMLElement) => el.getAttribute('data-mark') ?? '', renderHTML: (a: Record<string, unknown>) => ({ 'data-mark': a.id }) },
  author: { default: '', parseHTML: (el: HTMLElement) => el.getAttribute('data-author') ?? '', renderHTML: (a: Record<string, unknown>) => ({ 'data-author': a.author }) },
  date: { default: '', parseHTML: (el: HTMLElement) => el.getAttribute('data-date') ?? '', renderHTML: (a: Record<string, unknown>) => ({ 'data-date': a.date }) },
};

function suggestion(name: string, tag: 'ins' | 'del') {
  return Mark.create({
    name,
    inclusive: false,
    excludes: `${MARK.insertion} ${MARK.deletion}`,
    addAttributes() {
      return {
        ...who,
        // One half of a move (Word's w:moveFrom/w:moveTo): both halves share the id and are decided together.
        move: { default: false, parseHTML: (el) => el.hasAttribute('data-move'), renderHTML: (a) => (a.move ? { 'data-move': '' } : {}) },
      };
    },
    parseHTML: () => [{ tag: `${tag}.bj-${tag}` }],
    renderHTML: ({ HTMLAttributes, mark }) => [
      tag,
      { ...HTMLAttributes, class: `bj-${tag}${mark.attrs.move ? ' bj-move' : ''} ${reviewerClass(String(mark.attrs.author))}` },
      0,
    ],
  });
}

export const Insertion = suggestion(MARK.insertion, 'ins');
export const Deletion = suggestion(MARK.deletion, 'del');

const tristate = (name: string) => ({
  default: null as boolean | null,
  parseHTML: (el: HTMLElement) => (el.hasAttribute(`data-${name}`) ? el.getAttribute(`data-${name}`) === 'true' : null),
  renderHTML: (a: Record<string, unknown>) => (typeof a[name] === 'boolean' ? { [`data-${name}`]: String(a[name]) } : {}),
});

/**
 * A reviewer's formatting (Word's w:rPrChange) on words as sent: what they would set bold or italic
 * (true), or plain (false). The words keep their own marks until it is accepted; the stylesheet shows
 * the proposal.
 */
export const Formatting = Mark.create({
  name: MARK.formatting,
  inclusive: false,
  addAttributes() {
    return { ...who, bold: tristate('bold'), italic: tristate('italic') };
  },
  parseHTML: () => [{ tag: 'span.bj-fmt' }],
  renderHTML: ({ HTMLAttributes, mark }) => ['span', { ...HTMLAttributes, class: `bj-fmt ${reviewerClass(String(mark.attrs.author))}` }, 0],
});

/**
 * The words a comment is on; the thread itself is kept in the document's `comments` attribute. A
 * resolved comment keeps its words (a copy with marks gives them to Word as a resolved comment),
 * without the highlight.
 */
export const CommentRange = Mark.create({
  name: MARK.comment,
  inclusive: false,
  // Comments may overlap.
  excludes: '',
  addAttributes() {
    return {
      id: { default: '', parseHTML: (el) => el.getAttribute('data-comment') ?? '', renderHTML: (a) => ({ 'data-comment': a.id }) },
      resolved: { default: false, parseHTML: (el) => el.classList.contains('bj-comment-done'), renderHTML: () => ({}) },
    };
  },
  parseHTML: () => [{ tag: 'span.bj-comment' }, { tag: 'span.bj-comment-done' }],
  renderHTML: ({ HTMLAttributes, mark }) => ['span', { ...HTMLAttributes, class: mark.attrs.resolved ? 'bj-comment-done' : 'bj-comment' }, 0],
});

/** Marks a one-line part (title, subtitle, byline) may carry: only those of review, never formatting. */
export const REVIEW_MARKS = `${MARK.insertion} ${MARK.deletion} ${MARK.comment}`;
/** Marks a body heading may carry: its own bold and italic, a reviewer's words and formatting, comments. */
export const HEADING_MARKS = `${MARK.bold} ${MARK.italic} ${REVIEW_MARKS} ${MARK.formatting}`;

/**
 * The `revision` attribute of body paragraphs and headings (core/review/paragraph-marks.ts): shown as
 * a ¶ after the paragraph in the reviewer's colour, underlined or struck through. A paragraph split by
 * the clerk keeps it on its first half.
 */
export const revisionAttribute = {
  [REVISION_ATTR]: {
    default: null,
    keepOnSplit: false,
    parseHTML: (el: HTMLElement) => {
      const parsed = ParagraphRevision.safeParse({
        kind: el.getAttribute('data-revision'),
        id: el.getAttribute('data-mark'),
        author: el.getAttribute('data-author') ?? '',
        date: el.getAttribute('data-date') ?? '',
        ...(el.hasAttribute('data-move') ? { move: true } : {}),
      });
      return parsed.success ? parsed.data : null;
    },
    renderHTML: (attrs: Record<string, unknown>) => {
      const r = ParagraphRevision.safeParse(attrs[REVISION_ATTR]);
      if (!r.success) return {};
      const { kind, id, author, date, move } = r.data;
      return { 'data-revision': kind, 'data-mark': id, 'data-author': author, 'data-date': date, 'data-reviewer': String(reviewerIndex(author)), ...(move ? { 'data-move': '' } : {}) };
    },
  },
};
