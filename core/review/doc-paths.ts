import type { Node as PMNode } from 'prosemirror-model';

/** A node found by its path of child indices, and where its content starts in the document. */
export function nodeAtPath(doc: PMNode, path: readonly number[]): { node: PMNode; start: number } | null {
  let node = doc;
  let pos = -1;
  for (const index of path) {
    if (index >= node.childCount) return null;
    pos += 1;
    for (let k = 0; k < index; k++) pos += node.child(k).nodeSize;
    node = node.child(index);
  }
  return { node, start: pos + 1 };
}
