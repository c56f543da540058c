import { Extension, type Editor } from '@tiptap/core';
import { TextSelection, type Command, type Transaction } from '@tiptap/pm/state';
import { joinBackward, joinForward } from '@tiptap/pm/commands';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorView } from '@tiptap/pm/view';
import type { ResolvedPos } from '@tiptap/pm/model';
import { NODE } from '../../../core/model/nodes.ts';
import { isBodyBlock, ONE_LINE } from './one-line.ts';

/** Body blocks that join as Word's paragraphs do. */
const JOINABLE = new Set<string>([NODE.paragraph, NODE.heading]);
/** A paragraph right after the title that starts like this is the subtitle (`——…`), as Word's autoformat would style it. */
const SUBTITLE_START = /^\s*(——|--)/u;

/** Whether the item holding `$pos` keeps a body block if the one at `$pos` goes. */
function hasOtherBodyBlocks($pos: ResolvedPos): boolean {
  const item = $pos.node(2);
  let blocks = 0;
  item.forEach((child) => {
    if (isBodyBlock(child.type.name)) blocks += 1;
  });
  return blocks > 1;
}

/**
 * Applies a change of structure (a new paragraph, a join) as an undo step of its own, as Word does,
 * not merged with the typing around it.
 */
function applyAlone(editor: Editor, tr: Transaction): true {
  editor.view.dispatch(closeHistory(tr).scrollIntoView());
  editor.view.dispatch(closeHistory(editor.state.tr));
  return true;
}

/**
 * Takes the caret from the page when it moved there without ProseMirror hearing of it yet: Home or
 * End right before Enter, Backspace or Delete, which ProseMirror learns of only on a later event.
 */
function syncCaret(view: EditorView): void {
  const dom = document.getSelection();
  if (!dom?.isCollapsed || !dom.focusNode || !view.dom.contains(dom.focusNode)) return;
  let pos: number;
  try {
    pos = view.posAtDOM(dom.focusNode, dom.focusOffset);
  } catch {
    return; // a node the view does not map (a photo's frame): keep ProseMirror's own selection
  }
  const { selection } = view.state;
  if (selection.empty && pos !== selection.head && view.state.doc.resolve(pos).parent.isTextblock)
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
}

/** Runs a join command of ProseMirror's as an undo step of its own; false when it does not apply. */
function joinAlone(editor: Editor, command: Command): boolean {
  let made: Transaction | null = null;
  if (!command(editor.state, (tr) => (made = tr))) return false;
  return made ? applyAlone(editor, made) : true;
}

function emptyParagraph(tr: Transaction) {
  return tr.doc.type.schema.nodes[NODE.paragraph]!.create();
}

/** A new empty paragraph after the block of the item at `$pos` (depth 3), with the caret in it. */
function paragraphAfter(tr: Transaction, $pos: ResolvedPos): Transaction {
  const at = $pos.after(3);
  tr.insert(at, emptyParagraph(tr));
  return tr.setSelection(TextSelection.create(tr.doc, at + 1));
}

/** Title and subtitle: Enter goes on to the body, opening an empty paragraph unless one waits there. */
function enterOneLine(tr: Transaction, $pos: ResolvedPos): Transaction | null {
  const name = $pos.parent.type.name;
  if (name === NODE.byline) return null;
  const item = $pos.node(2);
  if (name === NODE.figure) {
    // A photo in an article's body: Enter starts the paragraph under it. A gallery caption stays one line.
    return $pos.depth === 3 && item.type.name === NODE.article ? paragraphAfter(tr, $pos) : null;
  }
  const index = $pos.index(2);
  const next = index + 1 < item.childCount ? item.child(index + 1) : null;
  if (next && (next.type.name === NODE.subtitle || (next.type.name === NODE.paragraph && next.content.size === 0)))
    return tr.setSelection(TextSelection.create(tr.doc, $pos.after(3) + 1 + next.content.size));
  return paragraphAfter(tr, $pos);
}

/** Body blocks: Enter as in Word, where the article's content rule leaves the default split no valid place. */
function enterBody(tr: Transaction, $pos: ResolvedPos): Transaction {
  const block = $pos.parent;
  const item = $pos.node(2);
  const index = $pos.index(2);
  const next = index + 1 < item.childCount ? item.child(index + 1) : null;
  const schema = tr.doc.type.schema;

  if (block.content.size === 0) {
    if (block.type.name === NODE.heading) return tr.setBlockType($pos.pos, $pos.pos, schema.nodes[NODE.paragraph]!);
    // An empty last paragraph: the clerk is done with the body and goes on to sign it.
    if (next?.type.name === NODE.byline && hasOtherBodyBlocks($pos)) {
      const start = $pos.before(3);
      tr.delete(start, $pos.after(3));
      return tr.setSelection(TextSelection.create(tr.doc, start + 1 + next.content.size));
    }
    return paragraphAfter(tr, $pos);
  }
  if ($pos.parentOffset === 0) {
    tr.insert($pos.before(3), emptyParagraph(tr));
    return tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map($pos.pos)));
  }
  if ($pos.parentOffset < block.content.size) return tr.split($pos.pos);

  paragraphAfter(tr, $pos);
  const before = index > 0 ? item.child(index - 1) : null;
  if (item.type.name === NODE.article && before?.type.name === NODE.title && block.type.name === NODE.paragraph && SUBTITLE_START.test(block.textContent))
    tr.setBlockType($pos.pos, $pos.pos, schema.nodes[NODE.subtitle]!);
  return tr;
}

function enter(editor: Editor): boolean {
  syncCaret(editor.view);
  const tr = editor.state.tr;
  if (!tr.selection.empty) tr.deleteSelection();
  const $pos = tr.selection.$from;
  const oneLine = ONE_LINE.has($pos.parent.type.name);
  if ($pos.depth > 3 && !oneLine) return false; // inside a quotation: the default split and lift apply
  // Between items, in a gallery caption or a byline there is nothing to split: the key does nothing.
  const done = $pos.depth < 3 ? null : oneLine ? enterOneLine(tr, $pos) : enterBody(tr, $pos);
  if (done || tr.docChanged) applyAlone(editor, done ?? tr);
  return true;
}

/** Backspace at the start of a block: join with the body paragraph before it, never with a title, byline or photo. */
function backspace(editor: Editor): boolean {
  syncCaret(editor.view);
  const { $from, empty } = editor.state.selection;
  if (!empty || $from.parentOffset > 0) return false;
  if ($from.depth <= 2) return true; // a gallery photo's caption: never merge into the item before
  if ($from.depth > 3) return false; // inside a quotation: the default lift applies
  const index = $from.index(2);
  const before = index > 0 ? $from.node(2).child(index - 1) : null;
  const name = $from.parent.type.name;
  if (ONE_LINE.has(name)) return true;
  if (!before || ONE_LINE.has(before.type.name)) {
    // An empty paragraph under the title goes away, as in Word; one with text stays where it is.
    if ($from.parent.content.size > 0 || !hasOtherBodyBlocks($from)) return true;
    const start = $from.before(3);
    const tr = editor.state.tr.delete(start, $from.after(3));
    const back = TextSelection.findFrom(tr.doc.resolve(start), -1, true);
    if (back) tr.setSelection(back);
    return applyAlone(editor, tr);
  }
  return joinAlone(editor, joinBackward);
}

/** Delete at the end of a block: join the next body block into it; never pull in a byline, photo or the next item. */
function deleteForward(editor: Editor): boolean {
  syncCaret(editor.view);
  const { $from, empty } = editor.state.selection;
  if (!empty || $from.parentOffset < $from.parent.content.size) return false;
  if ($from.depth < 3 || ONE_LINE.has($from.parent.type.name)) return true;
  if ($from.depth > 3) return $from.index($from.depth - 1) === $from.node($from.depth - 1).childCount - 1;
  const item = $from.node(2);
  const index = $from.index(2);
  const next = index + 1 < item.childCount ? item.child(index + 1) : null;
  if (next && JOINABLE.has(next.type.name)) return joinAlone(editor, joinForward);
  // An empty paragraph before a byline or photo goes away, as in Word.
  if ($from.parent.content.size === 0 && hasOtherBodyBlocks($from)) {
    const start = $from.before(3);
    const tr = editor.state.tr.delete(start, $from.after(3));
    tr.setSelection(TextSelection.near(tr.doc.resolve(start + 1)));
    applyAlone(editor, tr);
  }
  return true;
}

/** The body of the item holding the selection: from its first block after title and subtitle to its last before the byline. */
function bodyRange($pos: ResolvedPos): { from: number; to: number } | null {
  if ($pos.depth < 3) return null;
  const item = $pos.node(2);
  let from = -1;
  let to = -1;
  let at = $pos.start(2);
  item.forEach((child) => {
    const isBody = isBodyBlock(child.type.name);
    if (isBody && from < 0) from = at;
    if (isBody) to = at + child.nodeSize;
    at += child.nodeSize;
  });
  return from < 0 ? null : { from, to };
}

/**
 * Ctrl+A selects the text of the article (or reflection) being written, title and byline aside, so
 * that typing over it replaces the body as in Word. It never selects the whole issue: typing over
 * that would have to delete the template's sections, which the editor refuses, and the keys would
 * seem dead.
 */
function selectAll(editor: Editor): boolean {
  const { selection, doc } = editor.state;
  const body = bodyRange(selection.$from);
  if (!body) return false;
  const range = TextSelection.between(doc.resolve(body.from), doc.resolve(body.to));
  if (selection.from !== range.from || selection.to !== range.to) editor.view.dispatch(editor.state.tr.setSelection(range));
  return true;
}

/**
 * Enter, Shift+Enter, Backspace, Delete and Ctrl+A that respect the shape of an article, as a clerk expects
 * from Word. Shift+Enter starts a new paragraph too: the printed briefing has no line breaks inside a
 * paragraph (every line of a 公文 paragraph is on the grid), so a soft break would print unlike the editor.
 */
export const EditingKeys = Extension.create({
  name: 'editingKeys',
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => enter(editor),
      'Shift-Enter': ({ editor }) => enter(editor),
      Backspace: ({ editor }) => backspace(editor),
      Delete: ({ editor }) => deleteForward(editor),
      'Mod-a': ({ editor }) => selectAll(editor),
    };
  },
});
