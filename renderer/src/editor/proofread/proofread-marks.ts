import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { EditorFinding } from './use-proofread.ts';

export const proofreadKey = new PluginKey<DecorationSet>('proofread');

/** Wavy underlines under what the proofreader found; set after each check, moved along with edits. */
export const ProofreadMarks = Extension.create({
  name: 'proofreadMarks',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key: proofreadKey,
      state: {
        init: () => DecorationSet.empty,
        apply(tr, set) {
          const findings = tr.getMeta(proofreadKey) as EditorFinding[] | undefined;
          if (findings)
            return DecorationSet.create(
              tr.doc,
              findings
                .filter((f) => f.to > f.from)
                .map((f) => Decoration.inline(f.from, f.to, { class: `bj-finding bj-finding-${f.finding.category}`, title: f.finding.message })),
            );
          return set.map(tr.mapping, tr.doc);
        },
      },
      props: { decorations: (state) => proofreadKey.getState(state) },
    }),
  ],
});
