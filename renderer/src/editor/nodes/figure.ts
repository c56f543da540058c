import { Node } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { PHOTO_HASH } from '../../../../core/model/photo.ts';
import { NODE } from '../../../../core/model/nodes.ts';
import { looksLikeImage, photoUrl } from '../photos.ts';
import { nodeSpec } from './from-spec.ts';

export interface FigureViewOptions {
  /** A slot's 点击插入照片 was clicked: the figure at `pos` waits for photos. */
  onPickPhoto: (pos: number) => void;
  /** Image files were dropped on the page at `pos` (a position in the document). */
  onDropPhotos: (files: File[], pos: number) => void;
}

/** The figure as the editor shows it: the stored picture, or a slot that asks for one; image files dropped on the page become figures. */
export const Figure = Node.create<FigureViewOptions>({
  ...nodeSpec(NODE.figure),
  addOptions() {
    return { onPickPhoto: (_pos: number): void => undefined, onDropPhotos: (_files: File[], _pos: number): void => undefined };
  },
  addProseMirrorPlugins() {
    const { onDropPhotos } = this.options;
    return [
      new Plugin({
        props: {
          // A drop with pictures in it is photos for here; other files (contributions) go on to the 收稿箱's own drop.
          handleDrop: (view, event) => {
            const files = [...(event.dataTransfer?.files ?? [])];
            if (!files.some(looksLikeImage)) return false;
            event.preventDefault();
            event.stopPropagation();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            onDropPhotos(files, at?.pos ?? view.state.selection.from);
            return true;
          },
        },
      }),
    ];
  },
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
        if (!hash || !PHOTO_HASH.test(hash)) {
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
