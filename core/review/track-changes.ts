import type { EditorState, Transaction } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { MARK } from '../model/nodes.ts';

/** Who is suggesting: the name and time a 修订模式 edit carries, and a fresh id for a new one. */
export interface Suggester {
  author: string;
  date: string;
  newId: () => string;
}

interface Edit {
  /** Where the edit is in the document after the user's transactions. */
  at: number;
  inserted: number;
  /** The words taken out, to be put back as a suggested deletion (a suggested insertion is just dropped). */
  removed: PMNode[];
  /** Whether the caret stood after the removed words (Backspace) or before them (Delete). */
  backward: boolean;
}

const wordsOnly = (slice: { openStart: number; openEnd: number; content: { forEach: (f: (n: PMNode) => void) => void } }) => {
  let plain = slice.openStart === 0 && slice.openEnd === 0;
  slice.content.forEach((n) => (plain &&= n.isText));
  return plain;
};

/** The suggestion mark for `author` next to `pos`, if the edit continues one (typing on, or deleting on). */
function neighbour(doc: PMNode, pos: number, type: string, author: string): Mark | null {
  const $pos = doc.resolve(pos);
  for (const node of [$pos.nodeBefore, $pos.nodeAfter]) {
    const mark = node?.marks.find((m) => m.type.name === type && m.attrs.author === author);
    if (mark) return mark;
  }
  return null;
}

/**
 * 修订模式: a user's edit within a paragraph becomes a suggestion, as Word's track changes does.
 * Typed words are marked inserted; deleted words stay in the text, marked deleted (except words
 * that were themselves only suggested, which simply go). Edits across paragraphs (Enter, joining two
 * paragraphs) are left as they are: the marks hold words only.
 */
export function trackChanges(trs: readonly Transaction[], before: EditorState, after: EditorState, who: Suggester): Transaction | null {
  const edits: Edit[] = [];
  for (const tr of trs) {
    if (!tr.docChanged || tr.getMeta('suggest') === false || tr.getMeta('history$')) continue;
    tr.steps.forEach((step, i) => {
      if (!(step instanceof ReplaceStep)) return;
      const doc = tr.docs[i]!;
      const { from, to, slice } = step;
      const gone = doc.slice(from, to);
      if (!wordsOnly(gone) || !wordsOnly(slice)) return;
      const removed: PMNode[] = [];
      // Words that were only suggested (by anyone) simply go; the text's own words stay, struck.
      gone.content.forEach((n) => {
        if (!n.marks.some((m) => m.type.name === MARK.insertion)) removed.push(n);
      });
      const rest = tr.mapping.slice(i + 1);
      const later = trs.slice(trs.indexOf(tr) + 1);
      let at = rest.map(from, -1);
      for (const t of later) at = t.mapping.map(at, -1);
      const head = (i === 0 ? before.selection : null)?.head;
      edits.push({ at, inserted: slice.size, removed, backward: head === to && from < to });
    });
  }
  if (!edits.length) return null;
  const tr = after.tr.setMeta('suggest', false);
  const { schema } = after;
  let caret: number | null = null;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    if (edit.inserted) {
      const mark = neighbour(tr.doc, edit.at, MARK.insertion, who.author) ?? schema.marks[MARK.insertion]!.create({ id: who.newId(), author: who.author, date: who.date });
      tr.removeMark(edit.at, edit.at + edit.inserted, schema.marks[MARK.deletion]!);
      tr.addMark(edit.at, edit.at + edit.inserted, mark);
      caret = edit.at + edit.inserted;
    }
    if (edit.removed.length) {
      const mark = neighbour(tr.doc, edit.at, MARK.deletion, who.author) ?? schema.marks[MARK.deletion]!.create({ id: who.newId(), author: who.author, date: who.date });
      const nodes = edit.removed.map((n) => n.mark(mark.addToSet(n.marks)));
      const size = nodes.reduce((n, node) => n + node.nodeSize, 0);
      tr.insert(edit.at, nodes);
      // Backspace leaves the caret before the struck words, Delete after them, typing after the new words.
      caret = edit.inserted ? edit.at + size + edit.inserted : edit.backward ? edit.at : edit.at + size;
    }
  }
  if (caret !== null && edits.length === 1) tr.setSelection(TextSelection.create(tr.doc, caret));
  return tr.docChanged ? tr : null;
}
