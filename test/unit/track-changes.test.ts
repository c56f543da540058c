import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { issueSchema } from '../../core/schema/issue-schema.ts';
import { trackChanges } from '../../core/review/track-changes.ts';
import { openSuggestions } from '../../core/review/open-marks.ts';

/** 修订模式's rule on ProseMirror transactions, as the editor's keys make them. */
const schema = issueSchema();
let n = 0;
const who = { author: '张老师', date: '2026-11-24T10:00:00Z', newId: () => `s${++n}` };

function start(text: string): EditorState {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [{ type: 'section', attrs: { id: 's', key: 'news', heading: '【简讯】' }, content: [{ type: 'article', attrs: { id: 'a' }, content: [{ type: 'articleTitle', content: [{ type: 'text', text: '标题' }] }, { type: 'paragraph', content: [{ type: 'text', text }] }, { type: 'byline' }] }] }],
  });
  return EditorState.create({ doc });
}

/** Applies a user's transaction and the one 修订模式 appends, as the editor does. */
function edit(state: EditorState, make: (s: EditorState) => Transaction): EditorState {
  const tr = make(state);
  const next = state.apply(tr);
  const extra = trackChanges([tr], state, next, who);
  return extra ? next.apply(extra) : next;
}

const paragraphStart = (s: EditorState) => {
  let at = 0;
  s.doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph' && !at) at = pos + 1;
    return !at;
  });
  return at;
};
const paragraph = (s: EditorState) => s.doc.child(0).child(0).child(1);
const marked = (s: EditorState) => openSuggestions(s.doc).map(({ kind, deleted, inserted, author }) => ({ kind, deleted, inserted, author }));

describe('修订模式', () => {
  it('keeps deleted words struck, moving the caret past them as Delete and Backspace do', () => {
    let s = start('五月十二日上午');
    const p = paragraphStart(s);
    s = edit(s, (st) => st.tr.setSelection(TextSelection.create(st.doc, p)));
    s = edit(s, (st) => st.tr.delete(p, p + 1));
    expect(s.selection.head).toBe(p + 1);
    s = edit(s, (st) => st.tr.delete(st.selection.head, st.selection.head + 1));
    expect(paragraph(s).textContent).toBe('五月十二日上午');
    expect(marked(s)).toEqual([{ kind: 'delete', deleted: '五月', inserted: '', author: '张老师' }]);
    s = edit(s, (st) => st.tr.insertText('当天'));
    expect(paragraph(s).textContent).toBe('五月当天十二日上午');
    // Backspace before the new words' start: the struck words stay, the caret moves left.
    const end = p + paragraph(s).content.size;
    s = edit(s, (st) => st.tr.setSelection(TextSelection.create(st.doc, end)));
    s = edit(s, (st) => st.tr.delete(end - 1, end));
    expect(s.selection.head).toBe(end - 1);
    expect(paragraph(s).textContent).toBe('五月当天十二日上午');
    expect(marked(s).map((m) => m.kind)).toEqual(['delete', 'insert', 'delete']);
  });
});
