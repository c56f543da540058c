import type { Transform } from 'prosemirror-transform';
import { MARK } from '../model/nodes.ts';
import { commentsOf, type CommentReply } from './comments.ts';

/** Adds a reply to a comment's thread. */
export function replyToComment(tr: Transform, id: string, reply: CommentReply): void {
  tr.setDocAttribute('comments', commentsOf(tr.doc).map((c) => (c.id === id ? { ...c, replies: [...c.replies, reply] } : c)));
}

/**
 * Marks a comment resolved: its thread is kept (history shows it), its words lose the highlight but
 * keep the range, which a copy with marks gives Word as a resolved comment.
 */
export function resolveComment(tr: Transform, id: string): void {
  tr.setDocAttribute('comments', commentsOf(tr.doc).map((c) => (c.id === id ? { ...c, resolved: true } : c)));
  const type = tr.doc.type.schema.marks[MARK.comment]!;
  const spans: { from: number; to: number }[] = [];
  tr.doc.descendants((node, pos) => {
    if (node.isText && node.marks.some((m) => m.type === type && m.attrs.id === id && !m.attrs.resolved)) spans.push({ from: pos, to: pos + node.nodeSize });
    return !node.isText;
  });
  for (const { from, to } of spans) {
    tr.removeMark(from, to, type.create({ id }));
    tr.addMark(from, to, type.create({ id, resolved: true }));
  }
}
