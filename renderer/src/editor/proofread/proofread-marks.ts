import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { metaDecorations } from '../meta-decorations.ts';
import type { EditorFinding } from './editor-finding.ts';

export const proofreadKey = new PluginKey<DecorationSet>('proofread');

/** Wavy underlines under what the proofreader found; set after each check, moved along with edits. */
export const ProofreadMarks = Extension.create({
  name: 'proofreadMarks',
  addProseMirrorPlugins: () => [
    metaDecorations<EditorFinding[]>(proofreadKey, (findings) =>
      findings
        .filter((f) => f.to > f.from)
        .map((f) => Decoration.inline(f.from, f.to, { class: `bj-finding bj-finding-${f.finding.category}`, title: f.finding.message })),
    ),
  ],
});
