import type { WordNote } from '../../../../core/cleanup/word-document.ts';
import { formatListNumber } from '../../../../core/word/number-format.ts';
import type { Bytes } from './bytes.ts';
import { FC, type Fib } from './fib.ts';
import { readStory, type DocParts } from './paragraphs.ts';

interface NotePlcs {
  /** Where each note's reference mark stands in the main text, and whether Word numbers it (else the mark is its own text). */
  refs: { cp: number; auto: boolean }[];
  /** Where each note's text starts in its story; one more entry closes the last. */
  texts: number[];
}

/** PlcffndRef / PlcfendRef ([MS-DOC] 2.8.22: CPs and a 2-byte FRD each) and PlcffndTxt / PlcfendTxt (CPs only). */
function notePlcs(fib: Fib, table: Bytes, refIndex: number, textIndex: number): NotePlcs {
  const ref = fib.range(refIndex);
  const txt = fib.range(textIndex);
  if (!ref || !txt || ref.lcb < 4 || (ref.lcb - 4) % 6) return { refs: [], texts: [] };
  const n = (ref.lcb - 4) / 6;
  table.check(ref.fc, ref.lcb);
  table.check(txt.fc, txt.lcb);
  const refs = Array.from({ length: n }, (_, i) => ({ cp: table.u32(ref.fc + i * 4), auto: table.i16(ref.fc + (n + 1) * 4 + i * 2) > 0 }));
  const texts = Array.from({ length: Math.min(n + 1, Math.floor(txt.lcb / 4)) }, (_, i) => table.u32(txt.fc + i * 4));
  return { refs, texts };
}

/**
 * Footnotes and endnotes: each note's text from its story, and in `parts.noteRefs` the mark that
 * stands for it in the main text (Word's number, 1 2 3 for footnotes and i ii iii for endnotes, or
 * the contributor's own mark).
 */
export function readNotes(fib: Fib, table: Bytes, parts: DocParts): WordNote[] {
  const notes: WordNote[] = [];
  const { text, footnotes, headers, macros, annotations, endnotes } = fib.ccp;
  const kinds = [
    { kind: 'footnote' as const, prefix: 'f', format: 'decimal', base: text, length: footnotes, plcs: notePlcs(fib, table, FC.plcffndRef, FC.plcffndTxt) },
    {
      kind: 'endnote' as const,
      prefix: 'e',
      format: 'lowerRoman',
      base: text + footnotes + headers + macros + annotations,
      length: endnotes,
      plcs: notePlcs(fib, table, FC.plcfendRef, FC.plcfendTxt),
    },
  ];
  for (const { kind, prefix, format, base, length, plcs } of kinds) {
    let auto = 0;
    let done = 0;
    plcs.refs.forEach((ref, i) => {
      const id = `${prefix}${i + 1}`;
      const mark = ref.auto ? formatListNumber(++auto, format) : '';
      parts.noteRefs.set(ref.cp, { id, mark });
      const start = plcs.texts[i];
      const end = plcs.texts[i + 1];
      // Notes follow one another inside their story: a range that goes back or out of it is forged, and read as empty.
      const inOrder = start !== undefined && end !== undefined && start >= done && end >= start && end <= length;
      const paragraphs = inOrder ? readStory(parts, base + start, base + end, 'note') : [];
      if (inOrder) done = end;
      const body = paragraphs
        .flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('').trim()] : []))
        .filter(Boolean)
        .join('\n');
      notes.push({ id, kind, text: body });
    });
  }
  return notes;
}
