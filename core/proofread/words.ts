/**
 * Words of a sentence as ICU's dictionary segments Chinese (Intl.Segmenter, the same in Node and in the
 * editor's Chromium): the proofreader asks which word a character belongs to without shipping a word list.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** How far either side of a character its word is looked for: no Chinese word of the dictionary is longer. */
const REACH = 6;

/** The word (or the single character) of `text` that holds the character at `index`, as [start, end). */
export function wordAt(text: string, index: number): [number, number] {
  const from = Math.max(0, index - REACH);
  const part = text.slice(from, index + REACH + 1);
  const s = segmenter.segment(part).containing(index - from)!;
  return [from + s.index, from + s.index + s.segment.length];
}
