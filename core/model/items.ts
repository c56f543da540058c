import type { Node as PMNode } from 'prosemirror-model';
import { NODE } from './nodes.ts';
import { SECTION_DEPTH } from './depths.ts';

/** Items in the words a clerk knows. */
export const ITEM_NAMES: Readonly<Record<string, string>> = { [NODE.article]: '文章', [NODE.reflection]: '心得体会', [NODE.figure]: '照片', [NODE.editorsNote]: '编者按' };

/** An item as a message names it: `《title》`, or `一篇文章` when it has none. */
export function itemName(item: PMNode): string {
  const title = item.firstChild?.type.name === NODE.title ? item.firstChild.textContent.trim() : '';
  return title ? `《${title}》` : `一篇${ITEM_NAMES[item.type.name] ?? '内容'}`;
}

/** The first child of a node of this type, or null. */
export function childOfType(node: PMNode, type: string): PMNode | null {
  for (let i = 0; i < node.childCount; i++) if (node.child(i).type.name === type) return node.child(i);
  return null;
}

export interface ItemVisit {
  section: PMNode;
  /** The section's index in the document, and the item's in the section. */
  sectionIndex: number;
  index: number;
  /** Where the item starts in the document. */
  pos: number;
}

/** Every item (article, reflection, photo of a gallery) of an issue, in order, with its section and place. */
export function forEachItem(doc: PMNode, visit: (item: PMNode, at: ItemVisit) => void): void {
  doc.forEach((section, sectionOffset, sectionIndex) => {
    section.forEach((item, offset, index) => visit(item, { section, sectionIndex, index, pos: sectionOffset + 1 + offset }));
  });
}

export interface Found {
  node: PMNode;
  pos: number;
}

/** The section, item or photo in an article's body with this id, and where it starts. */
export function findById(doc: PMNode, id: string): Found | null {
  let found: Found | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.id === id) found = { node, pos };
    return !node.isTextblock;
  });
  return found;
}

export interface LocatedItem extends Found {
  section: PMNode;
  sectionPos: number;
  /** The item's index in its section. */
  index: number;
}

/** An item by its id, with the section it is in and its place there; null when there is none. */
export function findItem(doc: PMNode, id: string): LocatedItem | null {
  const found = findById(doc, id);
  if (!found) return null;
  const $pos = doc.resolve(found.pos);
  if ($pos.depth !== SECTION_DEPTH) return null;
  return { ...found, section: $pos.parent, sectionPos: $pos.before(), index: $pos.index() };
}

/** Where a section's item at `index` starts (or its end, past the last): where an item put there goes. */
export function itemStart(section: PMNode, sectionPos: number, index: number): number {
  let pos = sectionPos + 1;
  for (let i = 0; i < index && i < section.childCount; i++) pos += section.child(i).nodeSize;
  return pos;
}

/** A section by its id. */
export function findSection(doc: PMNode, id: string): Found | null {
  const found = findById(doc, id);
  return found && doc.resolve(found.pos).depth === 0 ? found : null;
}
