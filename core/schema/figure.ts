import type { NodeSpec } from 'prosemirror-model';
import { PHOTO_HASH } from '../model/photo.ts';
import { ID_ATTR, freshId, idDom } from './id-attr.ts';

/**
 * A photo with its caption: inside an article body, or an item of 【学习掠影】. The picture is
 * stored with the issue by content hash; a figure without one is a slot waiting for a photo. Its
 * pixel size is kept so the editor can lay out pages without loading the picture. The editor adds
 * the view that shows the picture (renderer/src/editor/nodes/figure.ts).
 */
export const figureSpec: NodeSpec = {
  content: 'text*',
  marks: '',
  group: 'block item',
  draggable: false,
  defining: true,
  isolating: true,
  attrs: { ...ID_ATTR, photo: { default: null }, width: { default: null }, height: { default: null } },
  parseDOM: [
    {
      tag: 'figure.bj-figure',
      contentElement: 'figcaption',
      // Only a hash is kept from pasted HTML: a figure can never point at a file or a web address.
      getAttrs: (el) => {
        const hash = el.getAttribute('data-photo');
        return { ...freshId(), photo: hash && PHOTO_HASH.test(hash) ? hash : null };
      },
    },
  ],
  toDOM: (node) => ['figure', { ...idDom(node.attrs), ...(node.attrs.photo ? { 'data-photo': node.attrs.photo } : {}), class: 'bj-figure' }, ['figcaption', 0]],
};
