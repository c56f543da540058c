import { Extension } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { NODE } from '../../../core/model/nodes.ts';

/** Parts of an item that are one line: Enter leaves them instead of splitting them. */
const ONE_LINE = new Set<string>([NODE.title, NODE.subtitle, NODE.byline, NODE.figure]);
/** Blocks that a Backspace at the start of the next block must not swallow. */
const NO_JOIN = new Set<string>([NODE.title, NODE.subtitle, NODE.byline, NODE.figure]);

/** Enter and Backspace that respect the shape of an article, as a clerk expects. */
export const EditingKeys = Extension.create({
  name: 'editingKeys',
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || !ONE_LINE.has($from.parent.type.name)) return false;
        const after = $from.after();
        const next = TextSelection.findFrom(editor.state.doc.resolve(after), 1, true);
        if (next && $from.parent.type.name !== NODE.byline && next.$from.depth === $from.depth)
          editor.view.dispatch(editor.state.tr.setSelection(next).scrollIntoView());
        return true;
      },
      Backspace: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parentOffset > 0) return false;
        if ($from.depth <= 2) return true; // a gallery photo's caption: never merge into the item before
        const index = $from.index($from.depth - 1);
        if (index === 0) return $from.depth === 3; // start of an item, likewise
        const before = $from.node($from.depth - 1).child(index - 1);
        return NO_JOIN.has(before.type.name) || $from.parent.type.name === NODE.byline;
      },
    };
  },
});
