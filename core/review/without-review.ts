import { Transform } from '@tiptap/pm/transform';
import type { DocNode } from '../model/doc.ts';
import { MARK } from '../model/nodes.ts';
import { issueSchema } from '../schema/issue-schema.ts';
import { settleSuggestions } from './settle.ts';

const REVIEW = new Set<string>([MARK.insertion, MARK.deletion, MARK.comment]);

function hasReview(doc: DocNode): boolean {
  const stack = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.marks?.some((m) => REVIEW.has(m.type))) return true;
    if (node.content) stack.push(...node.content);
  }
  return Array.isArray(doc.attrs?.comments) && doc.attrs.comments.length > 0;
}

/**
 * The issue as the clerk's own text, without what reviewers proposed: open suggestions are left
 * out (as rejected) and comments dropped. What a clean export prints while marks are still open.
 */
export function withoutReview(doc: DocNode): DocNode {
  if (!hasReview(doc)) return doc;
  const tr = new Transform(issueSchema().nodeFromJSON(doc));
  settleSuggestions(tr, 'reject');
  tr.removeMark(0, tr.doc.content.size, tr.doc.type.schema.marks[MARK.comment]!);
  tr.setDocAttribute('comments', []);
  return tr.doc.toJSON() as DocNode;
}
