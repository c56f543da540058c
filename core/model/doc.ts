import { z } from 'zod';
import { MARK, NODE, ITEM_KINDS } from './nodes.ts';

/** ProseMirror's JSON form of one node, as Tiptap's `getJSON()` gives it. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

const Mark = z.object({ type: z.enum([MARK.bold, MARK.italic]), attrs: z.record(z.string(), z.unknown()).optional() });

export const DocNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNodeSchema).max(100_000).optional(),
    text: z.string().max(1_000_000).optional(),
    marks: z.array(Mark).max(10).optional(),
  }),
);

const inline = [NODE.text];
const bodyBlocks = [NODE.paragraph, NODE.heading, NODE.blockquote, NODE.figure];

/** Which children each node may hold: the same rules the editor's schema enforces. */
const CHILDREN: Record<string, readonly string[]> = {
  [NODE.doc]: [NODE.section],
  [NODE.section]: ITEM_KINDS,
  [NODE.article]: [NODE.title, NODE.subtitle, ...bodyBlocks, NODE.byline],
  [NODE.reflection]: [NODE.paragraph, NODE.byline],
  [NODE.blockquote]: [NODE.paragraph],
  [NODE.title]: inline,
  [NODE.subtitle]: inline,
  [NODE.byline]: inline,
  [NODE.figure]: inline,
  [NODE.paragraph]: inline,
  [NODE.heading]: inline,
  [NODE.text]: [],
};

/** Returns the first structural fault of a document in Chinese, or null when it is sound. */
export function structureFault(doc: DocNode): string | null {
  if (doc.type !== NODE.doc) return '文档的根节点不是简报';
  const stack: { node: DocNode; depth: number }[] = [{ node: doc, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > 8) return '文档层级过深';
    const allowed = CHILDREN[node.type];
    if (!allowed) return `未知的内容类型“${node.type}”`;
    if (node.type === NODE.text && typeof node.text !== 'string') return '文字节点缺少文字';
    for (const child of node.content ?? []) {
      if (!allowed.includes(child.type)) return `“${node.type}”中不能包含“${child.type}”`;
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}

export const IssueDoc = DocNodeSchema.superRefine((doc, ctx) => {
  const fault = structureFault(doc);
  if (fault) ctx.addIssue({ code: 'custom', message: fault });
});
