import type { DocNode } from '../model/doc.ts';
import { MARK } from '../model/nodes.ts';

const REVIEW = new Set<string>([MARK.insertion, MARK.deletion, MARK.comment]);
const sameMarks = (a: DocNode, b: DocNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** A textblock's words as the clerk wrote them: suggested insertions left out, the other review marks taken off. */
function settledText(content: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const node of content) {
    if (node.marks?.some((m) => m.type === MARK.insertion)) continue;
    const marks = node.marks?.filter((m) => !REVIEW.has(m.type));
    const kept: DocNode = { ...node, ...(marks?.length ? { marks } : {}) };
    if (!marks?.length) delete kept.marks;
    const last = out.at(-1);
    // Neighbours that now look alike are one run, as ProseMirror would keep them.
    if (last?.type === 'text' && kept.type === 'text' && sameMarks(last, kept)) out[out.length - 1] = { ...last, text: `${last.text ?? ''}${kept.text ?? ''}` };
    else out.push(kept);
  }
  return out;
}

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
 * Done on the JSON, so that printing never loads the editor's schema (the command line's export).
 */
export function withoutReview(doc: DocNode): DocNode {
  if (!hasReview(doc)) return doc;
  const settle = (node: DocNode): DocNode => {
    if (!node.content) return node;
    const textblock = node.content.some((c) => c.type === 'text');
    return { ...node, content: textblock ? settledText(node.content) : node.content.map(settle) };
  };
  return { ...settle(doc), attrs: { ...doc.attrs, comments: [] } };
}
