import { TextSelection, type Command } from 'prosemirror-state';
import { bodyRange } from './item-blocks.ts';

/**
 * Ctrl+A: the text of the article (or 心得体会) being written, title and byline aside, so that
 * typing over it replaces the body as in Word. Never the whole issue: typing over that would have to
 * delete the template's sections, which the editor refuses, and the keys would seem dead.
 */
export const selectBody: Command = (state, dispatch) => {
  const body = bodyRange(state.selection.$from);
  if (!body) return false;
  const range = TextSelection.between(state.doc.resolve(body.from), state.doc.resolve(body.to));
  if (dispatch && (state.selection.from !== range.from || state.selection.to !== range.to)) dispatch(state.tr.setSelection(range));
  return true;
};
