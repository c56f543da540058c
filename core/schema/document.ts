import type { NodeSpec } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';

/**
 * An issue is a sequence of the template's sections. Its `comments` are the comment threads of 审签
 * (core/review/comments.ts), saved and undone with the text.
 */
export const documentSpec: NodeSpec = {
  content: `${NODE.section}+`,
  attrs: { comments: { default: [] } },
};
