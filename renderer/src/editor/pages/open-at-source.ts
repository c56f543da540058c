import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

/** The document position at the start of the node a print source path names (section, item, child, paragraph), or null if the text has changed since. */
export function sourcePosition(doc: PMNode, path: readonly number[]): number | null {
  let node = doc;
  let pos = 0;
  for (const index of path) {
    if (index >= node.childCount) return null;
    for (let i = 0; i < index; i++) pos += node.child(i).nodeSize;
    pos += 1; // into the child
    node = node.child(index);
  }
  return pos;
}

/**
 * Puts the caret where a line of the page view starts: the paragraph the line comes from, at the
 * line's first character, and shows it.
 */
export function openAtSource(editor: Editor, path: readonly number[], offset: number): void {
  const { doc } = editor.state;
  const start = sourcePosition(doc, path);
  if (start === null) return;
  const node = doc.resolve(start).parent;
  const at = node.isTextblock ? start + Math.min(offset, node.content.size) : start;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(doc.resolve(at))));
  editor.view.focus();
  // In the middle of the window, where the clerk's eye is, not at its foot.
  const dom = editor.view.domAtPos(at).node;
  (dom instanceof HTMLElement ? dom : dom.parentElement)?.scrollIntoView({ block: 'center' });
}
