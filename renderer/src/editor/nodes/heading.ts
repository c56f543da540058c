import TiptapHeading from '@tiptap/extension-heading';
import { HEADING_LEVELS, NODE } from '../../../../core/model/nodes.ts';
import { REVISION_ATTR } from '../../../../core/review/paragraph-marks.ts';
import { nodeSpec } from './from-spec.ts';

/**
 * Body headings 一、（一）1.（1）, with Tiptap's keys and commands: Ctrl+Alt+1…4 sets them, as in Word.
 * A heading split by the clerk keeps a reviewer's change to its break on its first half.
 */
export const Heading = TiptapHeading.extend(nodeSpec(NODE.heading, { [REVISION_ATTR]: { keepOnSplit: false } })).configure({ levels: [...HEADING_LEVELS] });
