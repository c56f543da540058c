import { Selection, TextSelection, type Command } from 'prosemirror-state';
import { joinBackward, joinForward } from 'prosemirror-commands';
import { BLOCK_DEPTH, ITEM_DEPTH } from '../model/depths.ts';
import { NODE } from '../model/nodes.ts';
import { hasOtherBodyBlocks, ONE_LINE } from './item-blocks.ts';

/** Body blocks that join as Word's paragraphs do. */
const JOINABLE = new Set<string>([NODE.paragraph, NODE.heading]);

/** Backspace at the start of a block: joins it with the body paragraph before it, never with a title, byline or photo. */
export const backspace: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parentOffset > 0) return false;
  if ($from.depth < BLOCK_DEPTH) return true; // a gallery photo's caption: never merge into the item before
  if ($from.depth > BLOCK_DEPTH) return false; // inside a quotation: the default lift applies
  const index = $from.index(ITEM_DEPTH);
  const before = index > 0 ? $from.node(ITEM_DEPTH).child(index - 1) : null;
  if (ONE_LINE.has($from.parent.type.name)) return true;
  if (!before || ONE_LINE.has(before.type.name)) {
    // An empty paragraph under the title goes away, as in Word; one with text stays where it is.
    if ($from.parent.content.size > 0 || !hasOtherBodyBlocks($from)) return true;
    const start = $from.before(BLOCK_DEPTH);
    const tr = state.tr.delete(start, $from.after(BLOCK_DEPTH));
    const back = Selection.findFrom(tr.doc.resolve(start), -1, true);
    if (back) tr.setSelection(back);
    dispatch?.(tr.scrollIntoView());
    return true;
  }
  return joinBackward(state, dispatch && ((tr) => dispatch(tr.scrollIntoView())));
};

/** Delete at the end of a block: joins the next body block into it; never pulls in a byline, photo or the next item. */
export const deleteForward: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parentOffset < $from.parent.content.size) return false;
  if ($from.depth < BLOCK_DEPTH || ONE_LINE.has($from.parent.type.name)) return true;
  if ($from.depth > BLOCK_DEPTH) return $from.index($from.depth - 1) === $from.node($from.depth - 1).childCount - 1;
  const item = $from.node(ITEM_DEPTH);
  const index = $from.index(ITEM_DEPTH);
  const next = index + 1 < item.childCount ? item.child(index + 1) : null;
  if (next && JOINABLE.has(next.type.name)) return joinForward(state, dispatch && ((tr) => dispatch(tr.scrollIntoView())));
  // An empty paragraph before a byline or photo goes away, as in Word.
  if ($from.parent.content.size === 0 && hasOtherBodyBlocks($from) && dispatch) {
    const start = $from.before(BLOCK_DEPTH);
    const tr = state.tr.delete(start, $from.after(BLOCK_DEPTH));
    dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(start + 1))).scrollIntoView());
  }
  return true;
};
