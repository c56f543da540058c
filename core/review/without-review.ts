import type { DocNode } from '../model/doc.ts';
import { MARK, NODE } from '../model/nodes.ts';
import { breakKept, breakRemoval, wordsKept } from './decisions.ts';
import { REVISION_ATTR, revisionOf } from './paragraph-marks.ts';

const REVIEW = new Set<string>([MARK.insertion, MARK.deletion, MARK.formatting, MARK.comment]);
const ONE_LINE = new Set<string>([NODE.title, NODE.subtitle, NODE.byline]);
const sameMarks = (a: DocNode, b: DocNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Text nodes with neighbours that look alike made one run, as ProseMirror keeps them. */
function joinRuns(content: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const node of content) {
    const last = out.at(-1);
    if (last?.type === 'text' && node.type === 'text' && sameMarks(last, node)) out[out.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` };
    else out.push(node);
  }
  return out;
}

/** A textblock's words as the clerk wrote them: rejected words left out (decisions.ts), the other review marks taken off. */
function settledText(content: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const node of content) {
    const change = node.marks?.find((m) => m.type === MARK.insertion || m.type === MARK.deletion);
    if (change && !wordsKept(change.type === MARK.insertion ? 'insert' : 'delete', 'reject')) continue;
    const marks = node.marks?.filter((m) => !REVIEW.has(m.type));
    const kept: DocNode = { ...node, ...(marks?.length ? { marks } : {}) };
    if (!marks?.length) delete kept.marks;
    out.push(kept);
  }
  return joinRuns(out);
}

/** A node without its paragraph revision: the clean text carries none, not even an empty one. */
function unrevised(node: DocNode): DocNode {
  if (!node.attrs || !(REVISION_ATTR in node.attrs)) return node;
  const { [REVISION_ATTR]: _revision, ...attrs } = node.attrs;
  const out: DocNode = { ...node, attrs };
  if (!Object.keys(attrs).length) delete out.attrs;
  return out;
}

/**
 * A container's children with every paragraph break decided as rejected, by decisions.ts's rule: a
 * break that goes joins its paragraph with the next (which lends the result its own break), or drops
 * the paragraph when no words of it are left. From the last back, as the editor's settle.ts does.
 */
function settledBreaks(children: DocNode[]): DocNode[] {
  const out = [...children];
  // An item and a quotation keep at least one body block (a title, subtitle or byline is not one).
  const canDrop = () => out.filter((c) => !ONE_LINE.has(c.type)).length > 1;
  for (let i = out.length - 1; i >= 0; i--) {
    const node = out[i]!;
    const revision = revisionOf(node);
    if (!revision) continue;
    const next = out[i + 1];
    const removal = breakKept(revision, 'reject') ? 'keep' : breakRemoval(!node.content?.length, next?.type);
    if (removal === 'drop' && canDrop()) out.splice(i, 1);
    else if (removal === 'join' && next) out.splice(i, 2, { ...node, attrs: { ...node.attrs, [REVISION_ATTR]: next.attrs?.[REVISION_ATTR] ?? null }, content: joinRuns([...(node.content ?? []), ...(next.content ?? [])]) });
    else out[i] = { ...node, attrs: { ...node.attrs, [REVISION_ATTR]: null } };
  }
  return out;
}

function hasReview(doc: DocNode): boolean {
  const stack = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.marks?.some((m) => REVIEW.has(m.type)) || (node.attrs && REVISION_ATTR in node.attrs)) return true;
    if (node.content) stack.push(...node.content);
  }
  return Array.isArray(doc.attrs?.comments) && doc.attrs.comments.length > 0;
}

/**
 * The issue as the clerk's own text, without what reviewers proposed: open suggestions are left
 * out (as rejected: new paragraphs gone, split ones whole again) and comments dropped. What a clean
 * export prints while marks are still open. Done on the JSON, so that printing never loads the
 * editor's schema (the command line's export).
 */
export function withoutReview(doc: DocNode): DocNode {
  if (!hasReview(doc)) return doc;
  const settle = (node: DocNode): DocNode => {
    if (!node.content) return unrevised(node);
    const textblock = node.content.some((c) => c.type === 'text');
    if (textblock) return unrevised({ ...node, content: settledText(node.content) });
    const children = settledBreaks(node.content.map((c) => (c.content?.some((t) => t.type === 'text') ? { ...c, content: settledText(c.content) } : c)));
    return unrevised({ ...node, content: children.map(settle) });
  };
  return { ...settle(doc), attrs: { ...doc.attrs, comments: [] } };
}
