import TiptapBlockquote from '@tiptap/extension-blockquote';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** A quotation, with Tiptap's keys and commands (toggleBlockquote). */
export const Blockquote = TiptapBlockquote.extend(nodeSpec(NODE.blockquote));
