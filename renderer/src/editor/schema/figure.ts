import { Node, mergeAttributes } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { idAttribute } from './id-attr.ts';
import { photoUrl } from '../photos.ts';

const HASH = /^[0-9a-f]{64}$/;

/**
 * A photo with its caption: inside an article body, or an item of 【学习掠影】. The picture is
 * stored with the issue by content hash; a figure without one is a slot waiting for a photo.
 */
export const Figure = Node.create({
  name: NODE.figure,
  group: 'block item',
  content: 'text*',
  marks: '',
  isolating: true,
  defining: true,
  draggable: false,
  addOptions() {
    return { onPickPhoto: (_pos: number): void => undefined };
  },
  addAttributes() {
    return {
      ...idAttribute,
      photo: {
        default: null as string | null,
        // Only a hash is kept from pasted HTML: a figure can never point at a file or a web address.
        parseHTML: (el) => {
          const hash = el.getAttribute('data-photo');
          return hash && HASH.test(hash) ? hash : null;
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
  addNodeView() {
    const { onPickPhoto } = this.options;
    return ({ node, getPos }) => {
      const dom = document.createElement('figure');
      dom.className = 'bj-figure';
      const frame = document.createElement('div');
      frame.className = 'bj-figure-frame';
      frame.contentEditable = 'false';
      const caption = document.createElement('figcaption');
      dom.append(frame, caption);
      let shown: string | null | undefined;

      const show = (hash: string | null) => {
        if (hash === shown) return;
        shown = hash;
        frame.replaceChildren();
        if (!hash || !HASH.test(hash)) {
          const slot = document.createElement('button');
          slot.type = 'button';
          slot.className = 'bj-figure-slot';
          slot.textContent = '点击插入照片';
          slot.addEventListener('click', () => {
            const pos = getPos();
            if (typeof pos === 'number') onPickPhoto(pos);
          });
          frame.append(slot);
          return;
        }
        const img = document.createElement('img');
        img.alt = '照片';
        frame.append(img);
        photoUrl(hash).then(
          (url) => {
            if (shown === hash) img.src = url;
          },
          () => {
            frame.textContent = '照片无法显示';
          },
        );
      };
      show(node.attrs.photo as string | null);
      dom.dataset.id = String(node.attrs.id ?? '');

      return {
        dom,
        contentDOM: caption,
        update(next) {
          if (next.type.name !== NODE.figure) return false;
          show(next.attrs.photo as string | null);
          dom.dataset.id = String(next.attrs.id ?? '');
          return true;
        },
        ignoreMutation: (m) => frame.contains(m.target as globalThis.Node),
      };
    };
  },
});
