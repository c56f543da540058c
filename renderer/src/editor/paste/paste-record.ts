import { Mapping } from '@tiptap/pm/transform';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { insertArticle } from './insert-article.ts';

const PARENS = /^[（(](.*)[）)]$/u;

/**
 * The clipboard's own text in the parts the cleanup found: the first line as the title, the last as
 * the byline, the lines between as paragraphs, each with nothing changed.
 */
export function originalArticle(original: string, cleaned: CleanArticle): CleanArticle {
  const lines = original.split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
  const title = cleaned.title && lines.length > 1 ? lines.shift()! : '';
  const subtitle = cleaned.subtitle && lines.length > 1 && /^[—\-－]/u.test(lines[0]!) ? lines.shift()! : '';
  const last = cleaned.byline && lines.length > 1 ? lines.pop()! : '';
  return {
    ...cleaned,
    title,
    subtitle,
    byline: PARENS.exec(last)?.[1] ?? last,
    paragraphs: lines.map((text) => ({ kind: 'paragraph', text, runs: [{ text, bold: false, italic: false }] })),
  };
}

/**
 * A paste the clerk may still take back with 恢复原文: its transaction, and the mapping of every
 * change made after it, so that the cleaned text can be swapped for the original even after more
 * typing, as one new undoable step (Ctrl+Z then brings the cleaned text back).
 */
export class PasteRecord {
  private readonly later = new Mapping();

  /** `from`: where the cursor was when the clerk pasted. */
  constructor(
    private readonly paste: Transaction,
    private readonly from: number,
  ) {}

  /** Follows a change made after the paste. */
  follow(tr: Transaction): void {
    if (tr.docChanged) this.later.appendMapping(tr.mapping);
  }

  /** The paste taken back and the original put in its place, on the current state. */
  restore(state: EditorState, original: CleanArticle): Transaction {
    const { steps, docs } = this.paste;
    // Positions after step k of the paste, through the rest of the paste and everything since, to now.
    const maps = new Mapping([...this.paste.mapping.maps, ...this.later.maps]);
    const tr = state.tr;
    for (let k = steps.length - 1; k >= 0; k--) {
      const inverted = steps[k]!.invert(docs[k]!).map(maps.slice(k + 1));
      if (!inverted || tr.maybeStep(inverted).failed) continue;
      maps.appendMap(inverted.getMap(), k);
    }
    const at = Math.min(maps.map(this.from, -1), tr.doc.content.size);
    tr.setSelection(TextSelection.near(tr.doc.resolve(at)));
    return insertArticle(tr, original);
  }
}
