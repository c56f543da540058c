import type { NodeSpec } from 'prosemirror-model';
import { HEADING_LEVELS } from '../model/nodes.ts';
import { REVISION_ATTR } from '../review/paragraph-marks.ts';
import { HEADING_MARKS } from './review-marks.ts';
import { revisionDom, revisionFromDom } from './revision-attr.ts';

/**
 * Body headings 一、（一）1.（1） at four levels. They render one tag lower (h2–h5) because h1 is
 * the article title. A reviewer's marks stay on them as on a paragraph.
 */
export const headingSpec: NodeSpec = {
  content: 'inline*',
  marks: HEADING_MARKS,
  group: 'block',
  defining: true,
  attrs: { level: { default: 1 }, [REVISION_ATTR]: { default: null } },
  parseDOM: HEADING_LEVELS.map((level) => ({ tag: `h${level + 1}`, getAttrs: (el: HTMLElement) => ({ level, [REVISION_ATTR]: revisionFromDom(el) }) })),
  toDOM: (node) => {
    const level = Number(node.attrs.level);
    return [`h${level + 1}`, { ...revisionDom(node.attrs), class: `bj-h bj-h${level}` }, 0];
  },
};
