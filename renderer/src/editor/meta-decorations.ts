import { Plugin, type PluginKey } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * Decorations computed outside the editor (after typing settles) and handed in with a
 * transaction's meta under `key`; between two hand-ins they move along with the edits.
 */
export function metaDecorations<T>(key: PluginKey<DecorationSet>, build: (payload: T, doc: PMNode) => Decoration[]): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const payload = tr.getMeta(key) as T | undefined;
        return payload === undefined ? set.map(tr.mapping, tr.doc) : DecorationSet.create(tr.doc, build(payload, tr.doc));
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
}
