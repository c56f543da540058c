import { Node, mergeAttributes } from '@tiptap/core';
import { NODE } from '../model/nodes.ts';
import { idAttribute } from './id-attr.ts';

/** A section of the template (【简讯】…); its heading comes from the template and is not typed. */
export const Section = Node.create({
  name: NODE.section,
  content: 'item*',
  isolating: true,
  defining: true,
  selectable: false,
  addAttributes() {
    return {
      ...idAttribute,
      key: { default: '', renderHTML: (a) => ({ 'data-key': a.key }) },
      heading: { default: '', rendered: false },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'section.bj-section',
        contentElement: '.bj-section-body',
        getAttrs: (el) => ({ key: el.getAttribute('data-key'), heading: el.querySelector('.bj-section-heading')?.textContent ?? '' }),
      },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(HTMLAttributes, { class: 'bj-section' }),
      ['div', { class: 'bj-section-heading', contenteditable: 'false' }, String(node.attrs.heading)],
      ['div', { class: 'bj-section-body' }, 0],
    ];
  },
});
