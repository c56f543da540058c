import CFB from 'cfb';

/**
 * Rewrites a Word 97 file (one LibreOffice saved: its text in one Unicode piece) as Word's fast save
 * ("allow fast saves") leaves one, to [MS-DOC]:
 * - the text, cut into pieces at every change between characters Windows-1252 can hold and those it
 *   cannot and then into pieces of at most `maxPiece` characters, is stored again at the end of the
 *   WordDocument stream: the 1252 pieces compressed (a byte each), the others in UTF-16, and the
 *   pieces in the opposite order to their reading order;
 * - the piece table (CLX) points at them, and the FIB's fComplex flag is set;
 * - each of `marks` (a phrase of the text) becomes a piece of its own carrying formatting as a fast
 *   save records a change to a whole piece: its Prm names one modifier directly (Prm0, by the isprm
 *   of [MS-DOC] 2.9.215) or, for a list of modifiers, a property list (Prc) of the CLX;
 * - the formatting, keyed by where text is stored, is written again for the new places as new
 *   character and paragraph FKPs after the text, with new PlcBteChpx / PlcBtePapx at the end of the
 *   table stream, as a fast save appends them.
 * The old text and formatting stay in the file, unused, as they do in Word's.
 */
export interface PieceMark {
  text: string;
  /** A Prm0: the isprm and its one-byte operand. */
  prm0?: [number, number];
  /** A property list (grpprl bytes) the piece's Prm names by index. */
  grpprl?: number[];
}

export function fastSaved(doc: Uint8Array, maxPiece = 40, marks: PieceMark[] = []): Uint8Array {
  const container = CFB.read(Buffer.from(doc), { type: 'buffer' });
  const wordEntry = CFB.find(container, 'WordDocument')!;
  const word = Buffer.from(wordEntry.content as Uint8Array);
  const tableEntry = CFB.find(container, word.readUInt16LE(0x0a) & 0x0200 ? '1Table' : '0Table')!;
  const table = Buffer.from(tableEntry.content as Uint8Array);
  const fcLcb = (i: number) => 0x9a + i * 8; // FibRgFcLcb97 after a FibRgW of 14 words and a FibRgLw of 22 longs
  const [CHPX, PAPX, CLX] = [12, 13, 33];

  // The text as it is: LibreOffice writes one Unicode piece.
  let clx = word.readUInt32LE(fcLcb(CLX));
  while (table[clx] === 1) clx += 3 + table.readInt16LE(clx + 1); // property lists (Prc), which the one piece does not use
  const cps = table.readUInt32LE(clx + 1) === 16 ? [table.readUInt32LE(clx + 5), table.readUInt32LE(clx + 9)] : null;
  const pcd = clx + 5 + 8;
  const oldFc = table.readUInt32LE(pcd + 2);
  if (!cps || oldFc & 0x40000000 || table.readUInt16LE(pcd + 6)) throw new Error('expected one Unicode piece without a Prm');
  const text = word.subarray(oldFc, oldFc + cps[1]! * 2).toString('utf16le');

  // Pieces: runs of one kind, cut to at most maxPiece characters and where a marked phrase starts or ends.
  const cuts = new Set<number>();
  const marked = marks.map((m) => {
    const at = text.indexOf(m.text);
    if (at < 0) throw new Error(`not in the text: ${m.text}`);
    cuts.add(at).add(at + m.text.length);
    return { ...m, at, end: at + m.text.length };
  });
  const fits = (ch: string) => ch < '\u0080' || (ch >= '\u00a0' && ch <= '\u00ff') || CP1252_HIGH.replace(/[\u0080-\u009f]/gu, '').includes(ch);
  const pieces: { cp: number; text: string; compressed: boolean; fc: number; mark: number }[] = [];
  for (let cp = 0; cp < text.length; ) {
    const compressed = fits(text[cp]!);
    let end = cp + 1;
    while (end < text.length && end - cp < maxPiece && fits(text[end]!) === compressed && !cuts.has(end)) end++;
    const mark = marked.findIndex((m) => cp >= m.at && end <= m.end);
    pieces.push({ cp, text: text.slice(cp, end), compressed, fc: 0, mark });
    cp = end;
  }

  // The pieces stored again at the stream's end, last first.
  const stored: Buffer[] = [];
  let at = word.length;
  for (const p of [...pieces].reverse()) {
    const bytes = p.compressed ? Buffer.from([...p.text].map(cp1252Byte)) : Buffer.from(p.text, 'utf16le');
    p.fc = at;
    stored.push(bytes);
    at += bytes.length;
  }

  // The old formatting runs, then the same runs again for each piece's new place.
  const runsOf = (index: number, paragraphs: boolean) => {
    const plc = word.readUInt32LE(fcLcb(index));
    const lcb = word.readUInt32LE(fcLcb(index) + 4);
    const n = (lcb - 4) / 8;
    const runs: { start: number; end: number; prl: Buffer }[] = [];
    for (let i = 0; i < n; i++) {
      const page = word.subarray((table.readUInt32LE(plc + (n + 1) * 4 + i * 4) & 0x3fffff) * 512).subarray(0, 512);
      const count = page[511]!;
      for (let k = 0; k < count; k++) {
        const start = page.readUInt32LE(k * 4);
        const end = page.readUInt32LE(k * 4 + 4);
        const offset = page[(count + 1) * 4 + k * (paragraphs ? 13 : 1)]! * 2;
        let prl = Buffer.alloc(0);
        if (offset && paragraphs) {
          const cb = page[offset]!;
          prl = cb ? page.subarray(offset + 1, offset + 2 * cb) : page.subarray(offset + 2, offset + 2 + 2 * page[offset + 1]!);
        } else if (offset) prl = page.subarray(offset + 1, offset + 1 + page[offset]!);
        runs.push({ start, end, prl: Buffer.from(prl) });
      }
    }
    return runs;
  };
  const moved = (runs: { start: number; end: number; prl: Buffer }[]) =>
    pieces
      .flatMap((p) => {
        const from = oldFc + p.cp * 2;
        const to = from + p.text.length * 2;
        const size = p.compressed ? 1 : 2;
        return runs
          .filter((r) => r.end > from && r.start < to)
          .map((r) => ({ start: p.fc + ((Math.max(r.start, from) - from) / 2) * size, end: p.fc + ((Math.min(r.end, to) - from) / 2) * size, prl: r.prl }));
      })
      .sort((a, b) => a.start - b.start);
  const chpx = moved(runsOf(CHPX, false));
  const papx = moved(runsOf(PAPX, true));

  // New FKPs after the text, on 512-byte pages.
  at = Math.ceil(at / 512) * 512;
  const pad = Buffer.alloc(at - word.length - stored.reduce((n, b) => n + b.length, 0));
  const chpxPages = fkps(chpx, false);
  const papxPages = fkps(papx, true);
  const firstPn = at / 512;
  const newWord = Buffer.concat([word, ...stored, pad, ...chpxPages.map((p) => p.page), ...papxPages.map((p) => p.page)]);

  // New PlcBtes and piece table at the table stream's end.
  const plcBte = (pages: { first: number; last: number }[], pn: number) => {
    const b = Buffer.alloc(4 + pages.length * 8);
    pages.forEach((p, i) => {
      b.writeUInt32LE(p.first, i * 4);
      b.writeUInt32LE(pn + i, (pages.length + 1) * 4 + i * 4);
    });
    b.writeUInt32LE(pages.at(-1)!.last, pages.length * 4);
    return b;
  };
  const chpxPlc = plcBte(chpxPages, firstPn);
  const papxPlc = plcBte(papxPages, firstPn + chpxPages.length);
  const prcs = marked.filter((m) => m.grpprl);
  const plcPcd = Buffer.alloc(4 + pieces.length * 12);
  pieces.forEach((p, i) => {
    plcPcd.writeUInt32LE(p.cp, i * 4);
    const d = (pieces.length + 1) * 4 + i * 8;
    plcPcd.writeUInt16LE(0, d);
    plcPcd.writeUInt32LE(p.compressed ? ((p.fc * 2) | 0x40000000) >>> 0 : p.fc, d + 2);
    plcPcd.writeUInt16LE(prmOf(p.mark), d + 6);
  });
  plcPcd.writeUInt32LE(text.length, pieces.length * 4);
  function prmOf(mark: number): number {
    const m = marked[mark];
    if (!m) return 0;
    if (m.prm0) return (m.prm0[0] << 1) | (m.prm0[1] << 8);
    return (prcs.indexOf(m) << 1) | 1;
  }
  const prc = prcs.map((m) => Buffer.concat([Buffer.from([1, m.grpprl!.length & 0xff, m.grpprl!.length >> 8]), Buffer.from(m.grpprl!)]));
  const newClx = Buffer.concat([...prc, Buffer.from([2]), u32(plcPcd.length), plcPcd]);
  const newTable = Buffer.concat([table, chpxPlc, papxPlc, newClx]);
  const setRange = (index: number, fc: number, lcb: number) => {
    newWord.writeUInt32LE(fc, fcLcb(index));
    newWord.writeUInt32LE(lcb, fcLcb(index) + 4);
  };
  setRange(CHPX, table.length, chpxPlc.length);
  setRange(PAPX, table.length + chpxPlc.length, papxPlc.length);
  setRange(CLX, table.length + chpxPlc.length + papxPlc.length, newClx.length);
  newWord.writeUInt16LE(newWord.readUInt16LE(0x0a) | 0x0004, 0x0a); // fComplex
  newWord.writeUInt32LE(newWord.length, 0x40); // cbMac

  wordEntry.content = newWord;
  wordEntry.size = newWord.length;
  tableEntry.content = newTable;
  tableEntry.size = newTable.length;
  return Uint8Array.from(CFB.write(container, { type: 'buffer' }) as Buffer);
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const cp1252Byte = (ch: string) => (CP1252_HIGH.includes(ch) ? 0x80 + CP1252_HIGH.indexOf(ch) : ch.charCodeAt(0));

/**
 * Formatted disk pages for runs ([MS-DOC] 2.9.33 ChpxFkp, 2.9.175 PapxFkp): boundaries and offsets
 * from the page's start, the property lists from its end, the count in its last byte.
 */
function fkps(runs: { start: number; end: number; prl: Buffer }[], paragraphs: boolean): { page: Buffer; first: number; last: number }[] {
  const pages: { page: Buffer; first: number; last: number }[] = [];
  const entry = paragraphs ? 13 : 1;
  for (let i = 0; i < runs.length; ) {
    const page = Buffer.alloc(512);
    let top = 511;
    const taken: { start: number; end: number; offset: number }[] = [];
    for (; i < runs.length; i++) {
      const r = runs[i]!;
      const body = paragraphs ? (r.prl.length % 2 ? Buffer.concat([Buffer.from([(r.prl.length + 1) / 2]), r.prl]) : Buffer.concat([Buffer.from([0, r.prl.length / 2]), r.prl])) : Buffer.concat([Buffer.from([r.prl.length]), r.prl]);
      const offset = r.prl.length ? (top - body.length) & ~1 : 0;
      const n = taken.length + 1;
      if ((n + 1) * 4 + n * entry > (offset || top)) break;
      if (r.prl.length) {
        body.copy(page, offset);
        top = offset;
      }
      taken.push({ start: r.start, end: r.end, offset });
    }
    taken.forEach((t, k) => {
      page.writeUInt32LE(t.start, k * 4);
      page[(taken.length + 1) * 4 + k * entry] = t.offset / 2;
    });
    page.writeUInt32LE(taken.at(-1)!.end, taken.length * 4);
    page[511] = taken.length;
    pages.push({ page, first: taken[0]!.start, last: taken.at(-1)!.end });
  }
  return pages;
}
