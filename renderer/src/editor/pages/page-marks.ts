import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface PageMark {
  pos: number;
  page: number;
}

export const pageMarksKey = new PluginKey<DecorationSet>('pageMarks');

function markElement(page: number): HTMLElement {
  const el = document.createElement('span');
  el.className = 'bj-page-mark';
  el.contentEditable = 'false';
  el.dataset.page = String(page);
  el.textContent = `第 ${page} 页`;
  return el;
}

/** Thin marks where the printed pages begin; set after each layout, moved along with edits until the next. */
export const PageMarks = Extension.create({
  name: 'pageMarks',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key: pageMarksKey,
      state: {
        init: () => DecorationSet.empty,
        apply(tr, set) {
          const marks = tr.getMeta(pageMarksKey) as PageMark[] | undefined;
          if (marks) return DecorationSet.create(tr.doc, marks.map((m) => Decoration.widget(m.pos, () => markElement(m.page), { side: -1, key: `page-${m.page}-${m.pos}` })));
          return set.map(tr.mapping, tr.doc);
        },
      },
      props: { decorations: (state) => pageMarksKey.getState(state) },
    }),
  ],
});
