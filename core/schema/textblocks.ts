import { Node } from '@tiptap/core';
import { NODE } from '../model/nodes.ts';
import { REVIEW_MARKS } from './review-marks.ts';

/** One-line parts of an item that hold plain text only (and a reviewer's marks). */
function plainTextblock(name: string, tag: string, className: string) {
  return Node.create({
    name,
    content: 'text*',
    marks: REVIEW_MARKS,
    defining: true,
    parseHTML: () => [{ tag: `${tag}.${className}` }],
    renderHTML: () => [tag, { class: className }, 0],
  });
}

export const ArticleTitle = plainTextblock(NODE.title, 'h1', 'bj-title');
export const ArticleSubtitle = plainTextblock(NODE.subtitle, 'p', 'bj-subtitle');
/** Printed in parentheses, right-aligned: `（文/徐文震、赵丹阳 图/张炜）` or `（王维平）`. */
export const Byline = plainTextblock(NODE.byline, 'p', 'bj-byline');
