import type { Transform } from 'prosemirror-transform';
import type { Node as PMNode } from 'prosemirror-model';
import { findItem, itemStart } from './items.ts';

/**
 * 只恢复这篇: the document on `tr` gets one item as an older version has it: in its place when it is
 * still there, else back in the section it was in, at the same position as far as there is one.
 * Returns false (and changes nothing) when the version has no such item or its section is gone.
 */
export function restoreItem(tr: Transform, version: PMNode, itemId: string): boolean {
  const old = findItem(version, itemId);
  if (!old) return false;
  const here = findItem(tr.doc, itemId);
  if (here) {
    tr.replaceWith(here.pos, here.pos + here.node.nodeSize, old.node);
    return true;
  }
  let at: number | null = null;
  tr.doc.forEach((section, pos) => {
    if (at === null && section.attrs.key === old.section.attrs.key) at = itemStart(section, pos, old.index);
  });
  if (at === null) return false;
  tr.insert(at, old.node);
  return true;
}
