import { TextSelection, type Command, type Transaction } from 'prosemirror-state';
import type { ResolvedPos } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';
import { BLOCK_DEPTH, ITEM_DEPTH } from '../model/depths.ts';
import { hasOtherBodyBlocks, ONE_LINE, paragraphAfter } from './item-blocks.ts';

/** A paragraph right after the title that starts like this is the subtitle (`——…`), as Word's autoformat would style it. */
const SUBTITLE_START = /^\s*(——|--)/u;

/** Title and subtitle: Enter goes on to the body, opening an empty paragraph unless one waits there. */
function enterOneLine(tr: Transaction, $pos: ResolvedPos): Transaction | null {
  const name = $pos.parent.type.name;
  if (name === NODE.byline) return null;
  const item = $pos.node(ITEM_DEPTH);
  if (name === NODE.figure) {
    // A photo in an article's body: Enter starts the paragraph under it. A gallery caption stays one line.
    return $pos.depth === BLOCK_DEPTH && item.type.name === NODE.article ? paragraphAfter(tr, $pos) : null;
  }
  const index = $pos.index(ITEM_DEPTH);
  const next = index + 1 < item.childCount ? item.child(index + 1) : null;
  if (next && (next.type.name === NODE.subtitle || (next.type.name === NODE.paragraph && next.content.size === 0)))
    return tr.setSelection(TextSelection.create(tr.doc, $pos.after(BLOCK_DEPTH) + 1 + next.content.size));
  return paragraphAfter(tr, $pos);
}

/** Body blocks: Enter as in Word, where the article's content rule leaves the default split no valid place. */
function enterBody(tr: Transaction, $pos: ResolvedPos): Transaction {
  const block = $pos.parent;
  const item = $pos.node(ITEM_DEPTH);
  const index = $pos.index(ITEM_DEPTH);
  const next = index + 1 < item.childCount ? item.child(index + 1) : null;
  const schema = tr.doc.type.schema;

  if (block.content.size === 0) {
    if (block.type.name === NODE.heading) return tr.setBlockType($pos.pos, $pos.pos, schema.nodes[NODE.paragraph]!);
    // An empty last paragraph: the clerk is done with the body and goes on to sign it.
    if (next?.type.name === NODE.byline && hasOtherBodyBlocks($pos)) {
      const start = $pos.before(BLOCK_DEPTH);
      tr.delete(start, $pos.after(BLOCK_DEPTH));
      return tr.setSelection(TextSelection.create(tr.doc, start + 1 + next.content.size));
    }
    return paragraphAfter(tr, $pos);
  }
  if ($pos.parentOffset === 0) {
    tr.insert($pos.before(BLOCK_DEPTH), schema.nodes[NODE.paragraph]!.create());
    return tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map($pos.pos)));
  }
  if ($pos.parentOffset < block.content.size) return tr.split($pos.pos);

  paragraphAfter(tr, $pos);
  const before = index > 0 ? item.child(index - 1) : null;
  if (item.type.name === NODE.article && before?.type.name === NODE.title && block.type.name === NODE.paragraph && SUBTITLE_START.test(block.textContent))
    tr.setBlockType($pos.pos, $pos.pos, schema.nodes[NODE.subtitle]!);
  return tr;
}

/**
 * Enter as in Word, in an item's shape: the title goes on to the body, a paragraph splits or opens
 * the next, an empty last paragraph goes on to the byline, a `——` line under the title becomes the
 * subtitle. Between items, in a gallery caption or a byline there is nothing to split: the key does
 * nothing. Inside a quotation the default split and lift apply (false).
 */
export const enter: Command = (state, dispatch) => {
  const tr = state.tr;
  if (!tr.selection.empty) tr.deleteSelection();
  const $pos = tr.selection.$from;
  const oneLine = ONE_LINE.has($pos.parent.type.name);
  if ($pos.depth > BLOCK_DEPTH && !oneLine) return false;
  const done = $pos.depth < BLOCK_DEPTH ? null : oneLine ? enterOneLine(tr, $pos) : enterBody(tr, $pos);
  if ((done || tr.docChanged) && dispatch) dispatch((done ?? tr).scrollIntoView());
  return true;
};
