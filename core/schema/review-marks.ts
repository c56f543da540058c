import type { MarkSpec } from 'prosemirror-model';
import { MARK } from '../model/nodes.ts';
import { reviewerClass } from '../review/reviewer.ts';

/**
 * The marks of 审签: a reviewer's insertion and deletion, kept in the text until the clerk accepts
 * or rejects them, and the range a comment is on. They carry who and when, as a Word revision does;
 * the class gives each reviewer a colour of a fixed palette (the CSP allows no inline styles).
 */
const WHO = { id: { default: '' }, author: { default: '' }, date: { default: '' } };
const whoFromDom = (el: HTMLElement) => ({ id: el.getAttribute('data-mark') ?? '', author: el.getAttribute('data-author') ?? '', date: el.getAttribute('data-date') ?? '' });
const whoDom = (attrs: Record<string, unknown>) => ({ 'data-mark': attrs.id, 'data-author': attrs.author, 'data-date': attrs.date });

function suggestion(tag: 'ins' | 'del'): MarkSpec {
  return {
    inclusive: false,
    excludes: `${MARK.insertion} ${MARK.deletion}`,
    // `move`: one half of a move (Word's w:moveFrom/w:moveTo): both halves share the id and are decided together.
    attrs: { ...WHO, move: { default: false } },
    parseDOM: [{ tag: `${tag}.bj-${tag}`, getAttrs: (el) => ({ ...whoFromDom(el), move: el.hasAttribute('data-move') }) }],
    toDOM: (mark) => [
      tag,
      { ...whoDom(mark.attrs), ...(mark.attrs.move ? { 'data-move': '' } : {}), class: `bj-${tag}${mark.attrs.move ? ' bj-move' : ''} ${reviewerClass(String(mark.attrs.author))}` },
      0,
    ],
  };
}

export const insertionSpec = suggestion('ins');
export const deletionSpec = suggestion('del');

const tristateFromDom = (el: HTMLElement, name: string) => (el.hasAttribute(`data-${name}`) ? el.getAttribute(`data-${name}`) === 'true' : null);
const tristateDom = (attrs: Record<string, unknown>, name: string) => (typeof attrs[name] === 'boolean' ? { [`data-${name}`]: String(attrs[name]) } : {});

/**
 * A reviewer's formatting (Word's w:rPrChange) on words as sent: what they would set bold or italic
 * (true), or plain (false). The words keep their own marks until it is accepted; the stylesheet shows
 * the proposal.
 */
export const formattingSpec: MarkSpec = {
  inclusive: false,
  attrs: { ...WHO, bold: { default: null }, italic: { default: null } },
  parseDOM: [{ tag: 'span.bj-fmt', getAttrs: (el) => ({ ...whoFromDom(el), bold: tristateFromDom(el, 'bold'), italic: tristateFromDom(el, 'italic') }) }],
  toDOM: (mark) => ['span', { ...whoDom(mark.attrs), ...tristateDom(mark.attrs, 'bold'), ...tristateDom(mark.attrs, 'italic'), class: `bj-fmt ${reviewerClass(String(mark.attrs.author))}` }, 0],
};

/**
 * The words a comment is on; the thread itself is kept in the document's `comments` attribute. A
 * resolved comment keeps its words (a copy with marks gives them to Word as a resolved comment),
 * without the highlight. Comments may overlap.
 */
export const commentSpec: MarkSpec = {
  inclusive: false,
  excludes: '',
  attrs: { id: { default: '' }, resolved: { default: false } },
  parseDOM: [
    { tag: 'span.bj-comment', getAttrs: (el) => ({ id: el.getAttribute('data-comment') ?? '', resolved: false }) },
    { tag: 'span.bj-comment-done', getAttrs: (el) => ({ id: el.getAttribute('data-comment') ?? '', resolved: true }) },
  ],
  toDOM: (mark) => ['span', { 'data-comment': mark.attrs.id, class: mark.attrs.resolved ? 'bj-comment-done' : 'bj-comment' }, 0],
};

/** Marks a one-line part (title, subtitle, byline) may carry: only those of review, never formatting. */
export const REVIEW_MARKS = `${MARK.insertion} ${MARK.deletion} ${MARK.comment}`;
/** Marks a body heading may carry: its own bold and italic, a reviewer's words and formatting, comments. */
export const HEADING_MARKS = `${MARK.bold} ${MARK.italic} ${REVIEW_MARKS} ${MARK.formatting}`;
