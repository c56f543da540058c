import { SENTENCE_END } from './chars.ts';

/**
 * PDF extraction breaks paragraphs at every line end, sometimes with blank lines between the
 * pieces. A piece that does not end a sentence is joined to the next one; `keep` marks pieces
 * (headings, captions) that stand alone whatever they end with.
 */
export function joinBrokenParagraphs(pieces: string[], keep: (piece: string) => boolean = () => false): string[] {
  const out: string[] = [];
  let open = false;
  for (const piece of pieces) {
    if (open && !keep(piece)) out[out.length - 1] += piece;
    else out.push(piece);
    open = !keep(piece) && !SENTENCE_END.test(piece);
  }
  return out;
}
