import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Template } from '../../../core/model/template.ts';
import type { ItemKind } from '../../../core/model/nodes.ts';
import { placementProblem } from './items.ts';

function sectionKeys(doc: PMNode): string {
  const keys: string[] = [];
  doc.forEach((s) => keys.push(String(s.attrs.key)));
  return keys.join('|');
}

function misplaced(doc: PMNode, template: Template): boolean {
  let bad = false;
  doc.forEach((s) =>
    s.forEach((item) => {
      if (placementProblem(template, String(s.attrs.key), item.type.name as ItemKind)) bad = true;
    }),
  );
  return bad;
}

/**
 * Keeps the template's shape: no edit, paste or drop may remove, add or reorder sections, or put
 * an item where the template does not allow it (an article among the photos of 【学习掠影】).
 */
export const StructureGuard = Extension.create<{ template: Template | null }>({
  name: 'structureGuard',
  addOptions: () => ({ template: null }),
  addProseMirrorPlugins() {
    const { template } = this.options;
    return [
      new Plugin({
        key: new PluginKey('structureGuard'),
        filterTransaction(tr) {
          if (!tr.docChanged) return true;
          if (sectionKeys(tr.before) !== sectionKeys(tr.doc)) return false;
          return !template || !misplaced(tr.doc, template);
        },
      }),
    ];
  },
});
