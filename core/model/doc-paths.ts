import type { Node as PMNode } from 'prosemirror-model';

/**
 * A node found by its path of child indices (section, item, child, a quotation's paragraph), as the
 * print model's blocks and a 送审稿's anchors name their source: where it starts in the document, and
 * where its content starts. Null when the document has no such node (the text changed since).
 */
export function nodeAtPath(doc: PMNode, path: readonly number[]): { node: PMNode; pos: number; start: number } | null {
  let node = doc;
  let pos = -1;
  for (const index of path) {
    if (index >= node.childCount) return null;
    pos += 1;
    for (let k = 0; k < index; k++) pos += node.child(k).nodeSize;
    node = node.child(index);
  }
  return { node, pos, start: pos + 1 };
}
