import type { Node as PMNode } from '@tiptap/pm/model';
import { MARK, NODE } from '../model/nodes.ts';

/** One open suggestion: a reviewer's insertion, deletion, or both (a replacement), by its id. */
export interface OpenSuggestion {
  id: string;
  kind: 'insert' | 'delete' | 'replace';
  author: string;
  date: string;
  /** Text the reviewer would delete, and text they would insert. */
  deleted: string;
  inserted: string;
  from: number;
  to: number;
  /** The item it is in, by id. */
  itemId: string;
}

/** Each marked text node of the document with its position and the item it is in (a section's child). */
function eachMarkedText(doc: PMNode, visit: (text: PMNode, pos: number, itemId: string) => void): void {
  let itemId = '';
  doc.descendants((node, pos, parent) => {
    // An item is a section's child (a photo inside an article has an id of its own).
    if (parent?.type.name === NODE.section) itemId = String(node.attrs.id ?? '');
    if (!node.isText) return true;
    if (node.marks.length) visit(node, pos, itemId);
    return false;
  });
}

/** The document's open suggestions in reading order, a replacement's two halves as one. */
export function openSuggestions(doc: PMNode): OpenSuggestion[] {
  const byId = new Map<string, OpenSuggestion>();
  eachMarkedText(doc, (node, pos, itemId) => {
    for (const mark of node.marks) {
      const inserted = mark.type.name === MARK.insertion;
      if (!inserted && mark.type.name !== MARK.deletion) continue;
      const id = String(mark.attrs.id);
      const end = pos + node.nodeSize;
      const open = byId.get(id) ?? { id, kind: inserted ? 'insert' : 'delete', author: String(mark.attrs.author), date: String(mark.attrs.date), deleted: '', inserted: '', from: pos, to: end, itemId };
      if (inserted) open.inserted += node.text;
      else open.deleted += node.text;
      if (open.inserted && open.deleted) open.kind = 'replace';
      open.from = Math.min(open.from, pos);
      open.to = Math.max(open.to, end);
      byId.set(id, open);
    }
  });
  return [...byId.values()];
}

/** Where each comment's words are: its first and last position, and the item they are in. */
export function commentPlaces(doc: PMNode): Map<string, { from: number; to: number; itemId: string }> {
  const places = new Map<string, { from: number; to: number; itemId: string }>();
  eachMarkedText(doc, (node, pos, itemId) => {
    for (const mark of node.marks) {
      if (mark.type.name !== MARK.comment) continue;
      const id = String(mark.attrs.id);
      const place = places.get(id);
      places.set(id, place ? { ...place, to: pos + node.nodeSize } : { from: pos, to: pos + node.nodeSize, itemId });
    }
  });
  return places;
}

/** How many suggestions and unresolved comments are open: what a clean export warns of. */
export function openMarkCount(doc: PMNode, comments: readonly { resolved: boolean }[]): { changes: number; comments: number } {
  return { changes: openSuggestions(doc).length, comments: comments.filter((c) => !c.resolved).length };
}
