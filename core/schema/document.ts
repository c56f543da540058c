import { Node } from '@tiptap/core';
import { NODE } from '../model/nodes.ts';

/** An issue is a sequence of the template's sections. */
export const IssueDocument = Node.create({
  name: NODE.doc,
  topNode: true,
  content: `${NODE.section}+`,
  addAttributes() {
    // The comment threads of 审签 (core/review/comments.ts), saved and undone with the text.
    return { comments: { default: [], rendered: false } };
  },
});
