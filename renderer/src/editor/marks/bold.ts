import TiptapBold from '@tiptap/extension-bold';
import { MARK } from '../../../../core/model/nodes.ts';
import { markSpec } from '../nodes/from-spec.ts';

/** Bold, with Tiptap's keys and commands (Ctrl+B, toggleBold). */
export const Bold = TiptapBold.extend(markSpec(MARK.bold));
