import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Template } from '../../../core/model/template.ts';
import { sectionsOf, templateFault } from '../../../core/template/placement.ts';

function sectionKeys(doc: PMNode): string {
  const keys: string[] = [];
  doc.forEach((s) => keys.push(String(s.attrs.key)));
  return keys.join('|');
}

/**
 * Keeps the template's shape: no edit, paste or drop may remove, add or reorder sections, or put
 * an item where the template does not allow it (an article among the photos of 【学习掠影】). The
 * rules are the core's, the same that every save and load is checked against.
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
          return !template || templateFault(sectionsOf(tr.doc), template) === null;
        },
      }),
    ];
  },
});
