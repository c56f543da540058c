import type { NodeSpec } from 'prosemirror-model';
import { REVIEW_MARKS } from './review-marks.ts';

/** One-line parts of an item that hold plain text only (and a reviewer's marks). */
function plainTextblock(tag: string, className: string): NodeSpec {
  return {
    content: 'text*',
    marks: REVIEW_MARKS,
    defining: true,
    parseDOM: [{ tag: `${tag}.${className}` }],
    toDOM: () => [tag, { class: className }, 0],
  };
}

export const titleSpec = plainTextblock('h1', 'bj-title');
export const subtitleSpec = plainTextblock('p', 'bj-subtitle');
/** Printed in parentheses, right-aligned: `（文/徐文震、赵丹阳 图/张炜）` or `（王维平）`. */
export const bylineSpec = plainTextblock('p', 'bj-byline');
