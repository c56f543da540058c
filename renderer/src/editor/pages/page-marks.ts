import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { metaDecorations } from '../meta-decorations.ts';

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
    metaDecorations<PageMark[]>(pageMarksKey, (marks) =>
      marks.map((m) => Decoration.widget(m.pos, () => markElement(m.page), { side: -1, key: `page-${m.page}-${m.pos}` })),
    ),
  ],
});
