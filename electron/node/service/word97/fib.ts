import { BrokenDoc, type Bytes } from './bytes.ts';

/** Where each structure the reader uses sits in FibRgFcLcb97 ([MS-DOC] 2.5.6): the index of its (fc, lcb) pair. */
export const FC = {
  stshf: 1,
  plcffndRef: 2,
  plcffndTxt: 3,
  plcfHdd: 11,
  plcfBteChpx: 12,
  plcfBtePapx: 13,
  clx: 33,
  plcSpaMom: 40,
  plcfendRef: 46,
  plcfendTxt: 47,
  dggInfo: 50,
  plfLst: 73,
  plfLfo: 74,
} as const;

/** The counts of characters of each story, in the order the stories follow one another in the text ([MS-DOC] 2.5.4 FibRgLw97). */
export interface StoryLengths {
  text: number;
  footnotes: number;
  headers: number;
  macros: number;
  annotations: number;
  endnotes: number;
  textboxes: number;
  headerTextboxes: number;
}

export interface Fib {
  /** Word 97's own version number: 0x00C1 and above for Word 97–2003, less for Word 6 and 95. */
  nFib: number;
  /** Saved by a fast save: the text lies in several pieces, not in the order it reads. */
  complex: boolean;
  /** Encrypted (a password to open) or obfuscated: the text cannot be read without the password. */
  encrypted: boolean;
  tableStream: '0Table' | '1Table';
  ccp: StoryLengths;
  /** The (offset, size) in the table stream of structure `index` (see FC), or null where the file has none. */
  range(index: number): { fc: number; lcb: number } | null;
}

const W_IDENT = 0xa5ec;

/** The File Information Block at the start of the WordDocument stream ([MS-DOC] 2.5.1). */
export function readFib(word: Bytes): Fib {
  if (word.length < 0x22 || word.u16(0) !== W_IDENT) throw new BrokenDoc('WordDocument: no Word file header');
  const nFib = word.u16(2);
  const flags = word.u16(0x0a);
  const csw = word.u16(0x20);
  const lwAt = 0x22 + csw * 2 + 2;
  const cslw = word.u16(lwAt - 2);
  const lw = (i: number) => (i < cslw ? word.i32(lwAt + i * 4) : 0);
  const blobAt = lwAt + cslw * 4 + 2;
  const cbRgFcLcb = word.u16(blobAt - 2);
  word.check(blobAt, cbRgFcLcb * 8);
  const count = (value: number) => {
    if (value < 0) throw new BrokenDoc(`FIB: negative character count ${value}`);
    return value;
  };
  return {
    nFib,
    complex: (flags & 0x0004) !== 0,
    encrypted: (flags & 0x0100) !== 0 || (flags & 0x8000) !== 0,
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    ccp: {
      text: count(lw(3)),
      footnotes: count(lw(4)),
      headers: count(lw(5)),
      macros: count(lw(6)),
      annotations: count(lw(7)),
      endnotes: count(lw(8)),
      textboxes: count(lw(9)),
      headerTextboxes: count(lw(10)),
    },
    range(index) {
      if (index >= cbRgFcLcb) return null;
      const fc = word.u32(blobAt + index * 8);
      const lcb = word.u32(blobAt + index * 8 + 4);
      return lcb ? { fc, lcb } : null;
    },
  };
}
