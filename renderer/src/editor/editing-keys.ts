import { Extension, type Editor } from '@tiptap/core';
import { TextSelection, type Command } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorView } from '@tiptap/pm/view';
import { enter } from '../../../core/editing/enter.ts';
import { backspace, deleteForward } from '../../../core/editing/join-keys.ts';
import { selectBody } from '../../../core/editing/select-body.ts';

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

/**
 * Runs a change of structure (a new paragraph, a join) from the page, as an undo step of its own as
 * Word does: neither merged with the typing before it nor with the typing after it.
 */
function structureKey(editor: Editor, command: Command): boolean {
  const { view } = editor;
  syncCaret(view);
  let changed = false;
  const handled = command(view.state, (tr) => {
    changed = true;
    view.dispatch(closeHistory(tr));
  });
  if (changed) view.dispatch(closeHistory(view.state.tr));
  return handled;
}

/**
 * Enter, Shift+Enter, Backspace, Delete and Ctrl+A that respect the shape of an article, as a clerk expects
 * from Word (the commands are core/editing's, and run in Node as well). Shift+Enter starts a new
 * paragraph too: the printed briefing has no line breaks inside a paragraph (every line of a 公文
 * paragraph is on the grid), so a soft break would print unlike the editor.
 */
export const EditingKeys = Extension.create({
  name: 'editingKeys',
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => structureKey(editor, enter),
      'Shift-Enter': ({ editor }) => structureKey(editor, enter),
      Backspace: ({ editor }) => structureKey(editor, backspace),
      Delete: ({ editor }) => structureKey(editor, deleteForward),
      'Mod-a': ({ editor }) => selectBody(editor.state, editor.view.dispatch),
    };
  },
});
