import type { Node as PMNode } from 'prosemirror-model';
import { MARK, NODE } from '../model/nodes.ts';
import { revisionOf } from './paragraph-marks.ts';

/**
 * What an open suggestion does, as the 审阅 panel lists it: words inserted, deleted or replaced, words
 * moved (both halves one suggestion), words formatted, a paragraph added or struck out, one split in
 * two, two joined.
 */
export type SuggestionKind = 'insert' | 'delete' | 'replace' | 'move' | 'format' | 'newParagraph' | 'removeParagraph' | 'split' | 'join';

/** One open suggestion: a reviewer's change, by its id. */
export interface OpenSuggestion {
  id: string;
  kind: SuggestionKind;
  author: string;
  date: string;
  /** Text the reviewer would delete, and text they would insert (paragraphs joined by '\n'). */
  deleted: string;
  inserted: string;
  /** A formatting: the words, and what it would set. */
  formatted: string;
  format: { bold?: boolean; italic?: boolean };
  /** Where it is (a move: where the words would go). */
  from: number;
  to: number;
  /** The item it is in, by id. */
  itemId: string;
}

/** Each textblock of the document with its position and the item it is in (a section's child). */
function eachTextblock(doc: PMNode, visit: (block: PMNode, pos: number, itemId: string) => void): void {
  let itemId = '';
  doc.descendants((node, pos, parent) => {
    // An item is a section's child (a photo inside an article has an id of its own).
    if (parent?.type.name === NODE.section) itemId = String(node.attrs.id ?? '');
    if (!node.isTextblock) return true;
    visit(node, pos, itemId);
    return false;
  });
}

interface Building extends OpenSuggestion {
  move: boolean;
  /** Paragraph breaks it changes, and whether each paragraph is wholly its words (a new or struck paragraph). */
  breaks: { kind: 'insert' | 'delete'; whole: boolean }[];
  /** The last paragraph each part took words from, to put a break between paragraphs. */
  last: { inserted: number; deleted: number; formatted: number };
  moveTo: { from: number; to: number } | null;
}

function kindOf(s: Building): SuggestionKind {
  if (s.move) return 'move';
  if (s.formatted) return 'format';
  const added = s.breaks.filter((b) => b.kind === 'insert');
  const struck = s.breaks.filter((b) => b.kind === 'delete');
  if (added.length) return added.every((b) => b.whole) ? 'newParagraph' : 'split';
  if (struck.length) return struck.every((b) => b.whole) ? 'removeParagraph' : 'join';
  return s.inserted && s.deleted ? 'replace' : s.deleted ? 'delete' : 'insert';
}

/** The document's open suggestions in reading order, each suggestion's parts (a replacement's halves, a move's, a new paragraph's words and break) as one. */
export function openSuggestions(doc: PMNode): OpenSuggestion[] {
  const byId = new Map<string, Building>();
  const get = (id: string, author: unknown, date: unknown, at: number, itemId: string) => {
    let s = byId.get(id);
    if (!s) {
      s = { id, kind: 'insert', author: String(author), date: String(date), deleted: '', inserted: '', formatted: '', format: {}, from: at, to: at, itemId, move: false, breaks: [], last: { inserted: -1, deleted: -1, formatted: -1 }, moveTo: null };
      byId.set(id, s);
    }
    return s;
  };
  eachTextblock(doc, (block, pos, itemId) => {
    const revision = revisionOf(block);
    let whole = true;
    block.forEach((text, offset) => {
      const at = pos + 1 + offset;
      const end = at + text.nodeSize;
      for (const mark of text.marks) {
        const part = mark.type.name === MARK.insertion ? 'inserted' : mark.type.name === MARK.deletion ? 'deleted' : mark.type.name === MARK.formatting ? 'formatted' : null;
        if (!part) continue;
        const s = get(String(mark.attrs.id), mark.attrs.author, mark.attrs.date, at, itemId);
        s[part] += `${s.last[part] >= 0 && s.last[part] !== pos ? '\n' : ''}${text.text ?? ''}`;
        s.last[part] = pos;
        s.from = Math.min(s.from, at);
        s.to = Math.max(s.to, end);
        if (mark.attrs.move) {
          s.move = true;
          if (part === 'inserted') s.moveTo = { from: Math.min(s.moveTo?.from ?? at, at), to: Math.max(s.moveTo?.to ?? end, end) };
        }
        if (part === 'formatted') s.format = { ...(typeof mark.attrs.bold === 'boolean' ? { bold: mark.attrs.bold } : {}), ...(typeof mark.attrs.italic === 'boolean' ? { italic: mark.attrs.italic } : {}) };
      }
      const wanted = revision?.kind === 'insert' ? MARK.insertion : MARK.deletion;
      if (revision && !text.marks.some((m) => m.type.name === wanted && m.attrs.id === revision.id)) whole = false;
    });
    if (revision) {
      // A changed break alone is found at the paragraph's end, where its ¶ is shown.
      const s = get(revision.id, revision.author, revision.date, pos + block.nodeSize - 1, itemId);
      s.breaks.push({ kind: revision.kind, whole });
      if (revision.move) s.move = true;
      if (!s.inserted && !s.deleted && !s.formatted) s.from = s.to = pos + block.nodeSize - 1;
    }
  });
  return [...byId.values()].map((s) => {
    const { move, breaks, last, moveTo, ...open } = s;
    return { ...open, kind: kindOf(s), ...(moveTo ?? {}) };
  });
}

/** Where each comment's words are: its first and last position, and the item they are in. */
export function commentPlaces(doc: PMNode): Map<string, { from: number; to: number; itemId: string }> {
  const places = new Map<string, { from: number; to: number; itemId: string }>();
  eachTextblock(doc, (block, pos, itemId) => {
    block.forEach((text, offset) => {
      const at = pos + 1 + offset;
      for (const mark of text.marks) {
        if (mark.type.name !== MARK.comment) continue;
        const id = String(mark.attrs.id);
        const place = places.get(id);
        places.set(id, place ? { ...place, to: at + text.nodeSize } : { from: at, to: at + text.nodeSize, itemId });
      }
    });
  });
  return places;
}

/** How many suggestions and unresolved comments are open: what a clean export warns of. */
export function openMarkCount(doc: PMNode, comments: readonly { resolved: boolean }[]): { changes: number; comments: number } {
  return { changes: openSuggestions(doc).length, comments: comments.filter((c) => !c.resolved).length };
}
