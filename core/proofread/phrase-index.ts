import type { Formulations, Phrase } from './finding.ts';

/** Phrases shorter than this are only ever matched exactly: a slip away from them is too often another word. */
const FUZZY_MIN = 4;

interface Piece {
  entry: number;
  /** Where in the entry the piece starts. */
  at: number;
  text: string;
}

/**
 * The dictionary's strings cut into pieces for one pass over a text. Every canonical string of four
 * characters or more is an entry: its exact occurrences keep near misses of other phrases off it;
 * phrases are also matched for near misses. A slip spoils at most two neighbouring characters, so at
 * least one of a phrase's pieces (a quarter of it, two characters at least) stands intact beside it.
 */
export interface PhraseIndex {
  entries: (Phrase & { fuzzy: boolean })[];
  pieces: Map<string, Piece[]>;
}

/** An exact occurrence of an entry in a text. */
interface Occurrence {
  entry: number;
  offset: number;
}

/** Where near misses of each fuzzy entry may start, and where entries stand exactly. */
export interface Scan {
  starts: Map<number, Set<number>>;
  exact: Occurrence[];
}

const indexes = new WeakMap<Formulations, PhraseIndex>();

export function phraseIndex(dict: Formulations): PhraseIndex {
  let index = indexes.get(dict);
  if (index) return index;
  const entries: PhraseIndex['entries'] = [];
  const seen = new Set<string>();
  const add = (text: string, source: string | undefined, fuzzy: boolean) => {
    if (text.length < FUZZY_MIN || seen.has(text)) return;
    seen.add(text);
    entries.push({ text, source, fuzzy });
  };
  for (const p of dict.phrases) add(p.text, p.source, true);
  for (const f of dict.formulas) [f.name, ...f.members].forEach((m) => add(m, f.source, false));
  const pieces = new Map<string, Piece[]>();
  entries.forEach((e, entry) => {
    const n = e.text.length;
    const size = e.fuzzy ? Math.max(2, Math.ceil(n / 4)) : n;
    for (let at = 0; at < n; at += size) {
      const text = e.text.slice(at, at + size);
      if (text.length < 2) break;
      const key = text.slice(0, 2);
      pieces.set(key, [...(pieces.get(key) ?? []), { entry, at, text }]);
    }
  });
  index = { entries, pieces };
  indexes.set(dict, index);
  return index;
}

/** One pass over a text: the exact occurrences of every entry, and where near misses may start. */
export function scan(text: string, index: PhraseIndex): Scan {
  const starts = new Map<number, Set<number>>();
  const exact: Occurrence[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const list = index.pieces.get(text.slice(i, i + 2));
    if (!list) continue;
    for (const p of list) {
      if (!text.startsWith(p.text, i)) continue;
      const e = index.entries[p.entry]!;
      if (p.at === 0 && text.startsWith(e.text, i)) exact.push({ entry: p.entry, offset: i });
      if (!e.fuzzy) continue;
      let set = starts.get(p.entry);
      if (!set) starts.set(p.entry, (set = new Set()));
      for (const shift of [-1, 0, 1]) set.add(i - p.at + shift);
    }
  }
  return { starts, exact };
}
