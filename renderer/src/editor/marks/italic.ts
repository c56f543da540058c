import TiptapItalic from '@tiptap/extension-italic';
import { MARK } from '../../../../core/model/nodes.ts';
import { markSpec } from '../nodes/from-spec.ts';

/** Italic, with Tiptap's keys and commands (Ctrl+I). */
export const Italic = TiptapItalic.extend(markSpec(MARK.italic));
