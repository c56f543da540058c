import TiptapParagraph from '@tiptap/extension-paragraph';
import { NODE } from '../../../../core/model/nodes.ts';
import { REVISION_ATTR } from '../../../../core/review/paragraph-marks.ts';
import { nodeSpec } from './from-spec.ts';

/**
 * A body paragraph, with Tiptap's keys and commands (Ctrl+Alt+0, setParagraph). A paragraph split by
 * the clerk keeps a reviewer's change to its break on its first half.
 */
export const Paragraph = TiptapParagraph.extend(nodeSpec(NODE.paragraph, { [REVISION_ATTR]: { keepOnSplit: false } }));
