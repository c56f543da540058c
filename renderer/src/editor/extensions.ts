import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import type { Template } from '../../../core/model/template.ts';
import { schemaNodes } from './nodes/schema-nodes.ts';
import type { FigureViewOptions } from './nodes/figure.ts';
import { StructureGuard } from './structure-guard.ts';
import { EditingKeys } from './editing-keys.ts';
import { Find } from './find/find-extension.ts';
import { PageMarks } from './pages/page-marks.ts';
import { ProofreadMarks } from './proofread/proofread-marks.ts';
import { CleanPaste, type CleanPasteOptions } from './paste/paste-extension.ts';
import { SweepingChanges, type SweepingChangesOptions } from './history/sweeping-changes.ts';
import { SuggestMode } from './review/suggest-mode.ts';

/** The editor: the core's schema of the issue document, with the views, keys and plugins of the editor. */
export function issueExtensions(
  template: Template,
  photos: FigureViewOptions,
  paste: CleanPasteOptions,
  onSweeping: SweepingChangesOptions['onSweeping'],
): AnyExtension[] {
  return [
    // Behaviour only (undo history, drop cursor): every node and mark comes from the core's schema.
    StarterKit.configure({
      document: false,
      paragraph: false,
      text: false,
      bold: false,
      italic: false,
      heading: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      hardBreak: false,
      strike: false,
      underline: false,
      link: false,
      trailingNode: false,
      gapcursor: false,
    }),
    ...schemaNodes(photos),
    StructureGuard.configure({ template }),
    EditingKeys,
    Find,
    PageMarks,
    ProofreadMarks,
    CleanPaste.configure(paste),
    SweepingChanges.configure({ onSweeping }),
    SuggestMode,
  ];
}
