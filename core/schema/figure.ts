import { Node, mergeAttributes } from '@tiptap/core';
import { NODE } from '../model/nodes.ts';
import { idAttribute } from './id-attr.ts';
import { PHOTO_HASH } from '../model/photo.ts';

/**
 * A photo with its caption: inside an article body, or an item of 【学习掠影】. The picture is
 * stored with the issue by content hash; a figure without one is a slot waiting for a photo.
 * The editor adds the view that shows the picture (renderer/src/editor/figure-view.ts).
 */
export const Figure = Node.create({
  name: NODE.figure,
  group: 'block item',
  content: 'text*',
  marks: '',
  isolating: true,
  defining: true,
  draggable: false,
  addAttributes() {
    return {
      ...idAttribute,
      photo: {
        default: null as string | null,
        // Only a hash is kept from pasted HTML: a figure can never point at a file or a web address.
        parseHTML: (el) => {
          const hash = el.getAttribute('data-photo');
          return hash && PHOTO_HASH.test(hash) ? hash : null;
        },
        renderHTML: (a) => (a.photo ? { 'data-photo': a.photo } : {}),
      },
      // Pixel size of the photo, kept so the editor can lay out pages without loading the picture.
      width: { default: null as number | null, parseHTML: () => null, rendered: false },
      height: { default: null as number | null, parseHTML: () => null, rendered: false },
    };
  },
  parseHTML: () => [{ tag: 'figure.bj-figure', contentElement: 'figcaption' }],
  renderHTML: ({ HTMLAttributes }) => [
    'figure',
    mergeAttributes(HTMLAttributes, { class: 'bj-figure' }),
    ['figcaption', 0],
  ],
});
