import type { NodeSpec } from 'prosemirror-model';
import { ID_ATTR, freshId, idDom } from './id-attr.ts';

/** A section of the template (【简讯】…); its heading comes from the template and is not typed. */
export const sectionSpec: NodeSpec = {
  content: 'item*',
  selectable: false,
  defining: true,
  isolating: true,
  attrs: { ...ID_ATTR, key: { default: '' }, heading: { default: '' } },
  parseDOM: [
    {
      tag: 'section.bj-section',
      contentElement: '.bj-section-body',
      getAttrs: (el) => ({ key: el.getAttribute('data-key'), heading: el.querySelector('.bj-section-heading')?.textContent ?? '', ...freshId() }),
    },
  ],
  toDOM: (node) => [
    'section',
    { ...idDom(node.attrs), 'data-key': node.attrs.key, class: 'bj-section' },
    ['div', { class: 'bj-section-heading', contenteditable: 'false' }, String(node.attrs.heading)],
    ['div', { class: 'bj-section-body' }, 0],
  ],
};
