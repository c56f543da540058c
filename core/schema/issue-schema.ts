import { Schema } from 'prosemirror-model';
import { MARK, NODE } from '../model/nodes.ts';
import { documentSpec } from './document.ts';
import { sectionSpec } from './section.ts';
import { articleSpec, editorsNoteSpec, reflectionSpec } from './article.ts';
import { bylineSpec, subtitleSpec, titleSpec } from './textblocks.ts';
import { paragraphSpec } from './paragraph.ts';
import { headingSpec } from './heading.ts';
import { blockquoteSpec } from './blockquote.ts';
import { figureSpec } from './figure.ts';
import { boldSpec, italicSpec } from './basic-marks.ts';
import { commentSpec, deletionSpec, formattingSpec, insertionSpec } from './review-marks.ts';

/**
 * Every node and mark of the issue document, once, in plain ProseMirror: every stored, loaded or
 * imported document is checked against it, the core's rules read and change documents of it, and the
 * editor's Tiptap nodes wrap these specs (renderer/src/editor/nodes/), adding only views, keys and
 * commands. The paragraph comes first: it is the block ProseMirror makes where one is needed.
 * The marks' order is their order in a text's marks (and so in the stored JSON).
 */
const ISSUE_SCHEMA = new Schema({
  topNode: NODE.doc,
  nodes: {
    [NODE.paragraph]: paragraphSpec,
    [NODE.doc]: documentSpec,
    [NODE.section]: sectionSpec,
    [NODE.article]: articleSpec,
    [NODE.reflection]: reflectionSpec,
    [NODE.editorsNote]: editorsNoteSpec,
    [NODE.title]: titleSpec,
    [NODE.subtitle]: subtitleSpec,
    [NODE.byline]: bylineSpec,
    [NODE.text]: { group: 'inline' },
    [NODE.heading]: headingSpec,
    [NODE.blockquote]: blockquoteSpec,
    [NODE.figure]: figureSpec,
  },
  marks: {
    [MARK.bold]: boldSpec,
    [MARK.italic]: italicSpec,
    [MARK.insertion]: insertionSpec,
    [MARK.deletion]: deletionSpec,
    [MARK.formatting]: formattingSpec,
    [MARK.comment]: commentSpec,
  },
});

/** The ProseMirror schema of the issue document. */
export function issueSchema(): Schema {
  return ISSUE_SCHEMA;
}
