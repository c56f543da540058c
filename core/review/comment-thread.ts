import type { Transform } from '@tiptap/pm/transform';
import { MARK } from '../model/nodes.ts';
import { commentsOf, type CommentReply } from './comments.ts';

/** Adds a reply to a comment's thread. */
export function replyToComment(tr: Transform, id: string, reply: CommentReply): void {
  tr.setDocAttribute('comments', commentsOf(tr.doc).map((c) => (c.id === id ? { ...c, replies: [...c.replies, reply] } : c)));
}

/** Marks a comment resolved: its thread is kept (history shows it), the words lose its highlight. */
export function resolveComment(tr: Transform, id: string): void {
  tr.setDocAttribute('comments', commentsOf(tr.doc).map((c) => (c.id === id ? { ...c, resolved: true } : c)));
  tr.removeMark(0, tr.doc.content.size, tr.doc.type.schema.marks[MARK.comment]!.create({ id }));
}
