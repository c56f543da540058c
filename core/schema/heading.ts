import Heading from '@tiptap/extension-heading';
import { mergeAttributes } from '@tiptap/core';
import { HEADING_LEVELS } from '../model/nodes.ts';
import { HEADING_MARKS, revisionAttribute } from './review-marks.ts';

/**
 * Body headings 一、（一）1.（1） at four levels. They render one tag lower (h2–h5) because h1 is
 * the article title; Ctrl+Alt+1…4 sets them, as in Word. A reviewer's marks stay on them as on a paragraph.
 */
export const BodyHeading = Heading.extend({
  marks: HEADING_MARKS,
  addAttributes() {
    return { ...this.parent?.(), ...revisionAttribute };
  },
  parseHTML() {
    return HEADING_LEVELS.map((level) => ({ tag: `h${level + 1}`, attrs: { level } }));
  },
  renderHTML({ node, HTMLAttributes }) {
    const level = Number(node.attrs.level);
    return [`h${level + 1}`, mergeAttributes(HTMLAttributes, { class: `bj-h bj-h${level}` }), 0];
  },
}).configure({ levels: [...HEADING_LEVELS] });
