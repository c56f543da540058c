import type { NodeSpec } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';

/** A quotation in an article's body: paragraphs only. */
export const blockquoteSpec: NodeSpec = {
  content: `${NODE.paragraph}+`,
  group: 'block',
  defining: true,
  parseDOM: [{ tag: 'blockquote' }],
  toDOM: () => ['blockquote', 0],
};
