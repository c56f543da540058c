import Blockquote from '@tiptap/extension-blockquote';
import { NODE } from '../model/nodes.ts';

/** A quotation in an article's body: paragraphs only. */
export const Quotation = Blockquote.extend({ content: `${NODE.paragraph}+` });
