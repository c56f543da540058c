import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';

/** Fields with an undo of their own (the 报头, the find bar, a dialog's inputs). */
function ownsUndo(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and redo the issue, and Ctrl+B sets bold, wherever the focus is
 * while it is open (after a click in the 大纲, the 校对 panel, the toolbar or on the page), as Word does;
 * the text keeps its own keys.
 */
export function useUndoKeys(editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || ownsUndo(e.target)) return;
      const key = e.key.toLowerCase();
      if (key !== 'b' && key !== 'z' && key !== 'y') return;
      e.preventDefault();
      // Only for these keys: a chain's focus() moves the focus into the text as soon as it is made,
      // which would pull it out of a dialog that another shortcut (Ctrl+E) has just opened.
      const chain = editor.chain().focus();
      // Ctrl+B right after a click on 加粗, before the focus is back in the text, still applies to the text.
      if (key === 'b') chain.toggleBold().run();
      else (key === 'y' || e.shiftKey ? chain.redo() : chain.undo()).run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
}
