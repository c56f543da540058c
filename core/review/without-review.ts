import type { Transform } from 'prosemirror-transform';
import { MARK } from '../model/nodes.ts';
import { settleSuggestions } from './settle.ts';
import { commentsOf } from './comments.ts';

/**
 * The issue as the clerk's own text, without what reviewers proposed: every open suggestion rejected
 * by the rule the editor's 拒绝 follows (settle.ts, decisions.ts: new words and paragraphs gone, struck
 * ones back, split ones whole again, formatting dropped), and the comments taken off with their
 * threads. What a clean export prints while marks are still open. Steps on `tr`, which it returns.
 */
export function withoutReview(tr: Transform): Transform {
  settleSuggestions(tr, 'reject');
  tr.removeMark(0, tr.doc.content.size, tr.doc.type.schema.marks[MARK.comment]);
  if (commentsOf(tr.doc).length) tr.setDocAttribute('comments', []);
  return tr;
}
