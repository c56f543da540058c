import { Figure } from '../../../core/schema/figure.ts';
import { PHOTO_HASH } from '../../../core/model/photo.ts';
import { NODE } from '../../../core/model/nodes.ts';
import { photoUrl } from './photos.ts';

/** The figure as the editor shows it: the stored picture, or a slot that asks for one. */
export const FigureView = Figure.extend<{ onPickPhoto: (pos: number) => void }>({
  addOptions() {
    return { onPickPhoto: (_pos: number): void => undefined };
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
