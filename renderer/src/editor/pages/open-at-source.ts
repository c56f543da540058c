import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { nodeAtPath } from '../../../../core/model/doc-paths.ts';

/**
 * Puts the caret where a line of the page view starts: the paragraph the line comes from, at the
 * line's first character, and shows it.
 */
export function openAtSource(editor: Editor, path: readonly number[], offset: number): void {
  const { doc } = editor.state;
  const found = nodeAtPath(doc, path);
  if (!found) return;
  const { node, start } = found;
  const at = node.isTextblock ? start + Math.min(offset, node.content.size) : start;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(doc.resolve(at))));
  editor.view.focus();
  // In the middle of the window, where the clerk's eye is, not at its foot.
  const dom = editor.view.domAtPos(at).node;
  (dom instanceof HTMLElement ? dom : dom.parentElement)?.scrollIntoView({ block: 'center' });
}
