import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';

/** A field with an undo of its own (the 报头, the find bar, a dialog's inputs): any text field but the text. */
function fieldWithOwnUndo(target: Element | null, editor: Editor): boolean {
  if (!(target instanceof HTMLElement) || editor.view.dom.contains(target)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * 撤销 and 恢复, wherever they come from (编辑 menu, Ctrl+Z, Ctrl+Y): in a field, the field's own
 * typing, as the browser keeps it (the menu's roles would do that, but only there); anywhere
 * else (the text, the 大纲, the 校对 panel, the toolbar, the page), the issue's, as Word does.
 */
export function undoWhereFocused(editor: Editor, step: 'undo' | 'redo'): void {
  if (fieldWithOwnUndo(document.activeElement, editor)) {
    // The browser's own undo of the focused field: the only way a page can ask for it.
    document.execCommand(step);
    return;
  }
  // Only for these keys: a chain's focus() moves the focus into the text as soon as it is made,
  // which would pull it out of a dialog that another shortcut (Ctrl+E) has just opened.
  const chain = editor.chain().focus();
  (step === 'undo' ? chain.undo() : chain.redo()).run();
}

/**
 * Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and redo where the focus is (above), and Ctrl+B sets bold
 * in the text wherever the focus is but a field, as Word does. The text's own keys run first.
 */
export function useUndoKeys(editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'b' && key !== 'z' && key !== 'y') return;
      if (key === 'b') {
        if (fieldWithOwnUndo(document.activeElement, editor)) return;
        e.preventDefault();
        // Ctrl+B right after a click on 加粗, before the focus is back in the text, still applies to the text.
        editor.chain().focus().toggleBold().run();
        return;
      }
      e.preventDefault();
      undoWhereFocused(editor, key === 'y' || e.shiftKey ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
}
