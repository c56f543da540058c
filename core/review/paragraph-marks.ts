import * as z from 'zod';
import { NODE } from '../model/nodes.ts';

/**
 * A reviewer's change to a paragraph mark, as Word records it (`w:ins`/`w:del` in the `w:rPr` of a
 * paragraph's `w:pPr`): the break at the END of a body paragraph was inserted (a new paragraph, or
 * one split in two) or deleted (a paragraph struck out, or two joined). Kept in the paragraph's
 * `revision` attribute, so that the text's marks stay words only; `id` groups it with the words of
 * the same suggestion (a new paragraph's words, a struck paragraph's words, the two halves of a move).
 */
export const ParagraphRevision = z.object({
  kind: z.enum(['insert', 'delete']),
  id: z.string().min(1).max(100),
  author: z.string().max(200),
  date: z.string().max(40),
  /** Part of a move (Word's w:moveFrom/w:moveTo): the break went with the moved paragraph. */
  move: z.boolean().optional(),
});
export type ParagraphRevision = z.infer<typeof ParagraphRevision>;

export const REVISION_ATTR = 'revision';

/** The body blocks whose break a reviewer may change: one-line parts (title, subtitle, byline) have no such suggestion. */
export const BREAK_BLOCKS: ReadonlySet<string> = new Set([NODE.paragraph, NODE.heading]);

/** A node's paragraph revision (ProseMirror's node or its JSON), or null. */
export function revisionOf(node: { attrs?: Record<string, unknown> | null }): ParagraphRevision | null {
  const value = node.attrs?.[REVISION_ATTR];
  if (value === null || value === undefined) return null;
  const parsed = ParagraphRevision.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Why a stored revision attribute cannot be kept, or null: what `docFault` asks of every paragraph. */
export function revisionFault(node: { type: { name: string } | string; attrs?: Record<string, unknown> | null }): string | null {
  const value = node.attrs?.[REVISION_ATTR];
  if (value === null || value === undefined) return null;
  const type = typeof node.type === 'string' ? node.type : node.type.name;
  if (!BREAK_BLOCKS.has(type) || !ParagraphRevision.safeParse(value).success) return '文档中的段落修订无法识别';
  return null;
}
