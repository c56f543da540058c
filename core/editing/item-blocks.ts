import { TextSelection, type Transaction } from 'prosemirror-state';
import type { ResolvedPos } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';
import { BLOCK_DEPTH, ITEM_DEPTH } from '../model/depths.ts';

/** Parts of an item that are one line of plain text: they never split, and pasted text goes in flat. */
export const ONE_LINE: ReadonlySet<string> = new Set<string>([NODE.title, NODE.subtitle, NODE.byline, NODE.figure]);

/** Whether a child of an item is part of its body: anything but its title, subtitle and byline (a photo is). */
export function isBodyBlock(name: string): boolean {
  return name !== NODE.title && name !== NODE.subtitle && name !== NODE.byline;
}

/** Whether the item holding `$pos` keeps a body block if the one at `$pos` goes. */
export function hasOtherBodyBlocks($pos: ResolvedPos): boolean {
  let blocks = 0;
  $pos.node(ITEM_DEPTH).forEach((child) => {
    if (isBodyBlock(child.type.name)) blocks += 1;
  });
  return blocks > 1;
}

/** A new empty paragraph after the item's block at `$pos`, with the caret in it. */
export function paragraphAfter(tr: Transaction, $pos: ResolvedPos): Transaction {
  const at = $pos.after(BLOCK_DEPTH);
  tr.insert(at, tr.doc.type.schema.nodes[NODE.paragraph]!.create());
  return tr.setSelection(TextSelection.create(tr.doc, at + 1));
}

/** The body of the item holding `$pos`: from its first block after title and subtitle to its last before the byline. */
export function bodyRange($pos: ResolvedPos): { from: number; to: number } | null {
  if ($pos.depth < BLOCK_DEPTH) return null;
  let from = -1;
  let to = -1;
  let at = $pos.start(ITEM_DEPTH);
  $pos.node(ITEM_DEPTH).forEach((child) => {
    const isBody = isBodyBlock(child.type.name);
    if (isBody && from < 0) from = at;
    if (isBody) to = at + child.nodeSize;
    at += child.nodeSize;
  });
  return from < 0 ? null : { from, to };
}
