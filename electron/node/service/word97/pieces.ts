import { BrokenDoc, type Bytes, utf16 } from './bytes.ts';
import { FC, type Fib } from './fib.ts';

/**
 * A stretch of the text stored in one place ([MS-DOC] 2.9.177 Pcd): characters `cpStart`…`cpEnd` of
 * the document lie at byte `fc` of the WordDocument stream, one byte each (compressed: Windows-1252)
 * or two (UTF-16). A fast save appends what was typed as new pieces at the stream's end, so the pieces
 * are in reading order here but not in the stream.
 */
export interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
  /** Formatting the fast save put on the whole piece ([MS-DOC] 2.2.5 Prm). */
  prm: number;
}

export interface PieceTable {
  pieces: Piece[];
  /** The text of every story, character position by character position; what could not be read is NUL. */
  text: string;
  /** How many characters of CP `start`…`end` could not be read (their piece points past the stream). */
  unreadIn(start: number, end: number): number;
  /** The byte position in the WordDocument stream of the character at `cp`, which formatting is keyed by. */
  fcOf(cp: number): number | null;
  pieceAt(cp: number): Piece | null;
  /** The pieces holding any of CP `start`…`end`, found by search, not by walking them all. */
  piecesIn(start: number, end: number): Piece[];
  /** The formatting a fast save put on a whole piece (its Prm, [MS-DOC] 2.2.5), as a property list, if any. */
  propertiesOf(piece: Piece): Uint8Array | undefined;
}

/**
 * The modifiers a Prm0 names by its 7-bit isprm ([MS-DOC] 2.9.215): those of this table that the
 * reader acts on (alignment, page break, list level, table marks, deletion, data and OLE marks,
 * bold, italic), each with a one-byte operand.
 */
const PRM0: Record<number, number> = {
  0x05: 0x2461,
  0x09: 0x2407,
  0x0c: 0x260a,
  0x18: 0x2416,
  0x19: 0x2417,
  0x41: 0x0800,
  0x47: 0x0806,
  0x4b: 0x080a,
  0x55: 0x0835,
  0x56: 0x0836,
};

const CP1252 = new TextDecoder('windows-1252');

function pieceIndex(pieces: Piece[], cp: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (cp < p.cpStart) hi = mid - 1;
    else if (cp >= p.cpEnd) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Reads the CLX ([MS-DOC] 2.9.38): the Prc property lists of a fast save, then the piece table, and
 * decodes every piece. A piece whose bytes lie past the stream's end is read as far as the stream
 * goes and the rest counted as unread, so the reader can say how much is missing.
 */
export function readPieces(fib: Fib, word: Bytes, table: Bytes): PieceTable {
  const clx = fib.range(FC.clx);
  if (!clx) throw new BrokenDoc('no piece table (CLX)');
  table.check(clx.fc, clx.lcb);
  const end = clx.fc + clx.lcb;
  let at = clx.fc;
  const grpprls: Uint8Array[] = [];
  while (at < end && table.u8(at) === 0x01) {
    const cb = table.i16(at + 1);
    if (cb < 0) throw new BrokenDoc(`CLX: Prc of ${cb} bytes`);
    grpprls.push(table.slice(at + 3, cb));
    at += 3 + cb;
  }
  if (at >= end || table.u8(at) !== 0x02) throw new BrokenDoc('CLX: no Pcdt');
  const lcb = table.u32(at + 1);
  const plc = at + 5;
  if (plc + lcb > end || lcb < 4 || (lcb - 4) % 12 !== 0) throw new BrokenDoc(`CLX: PlcPcd of ${lcb} bytes`);
  const count = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const cpStart = table.u32(plc + i * 4);
    const cpEnd = table.u32(plc + (i + 1) * 4);
    if (cpEnd < cpStart || cpStart < (pieces.at(-1)?.cpEnd ?? 0)) throw new BrokenDoc(`CLX: piece ${i} runs backwards`);
    const pcd = plc + (count + 1) * 4 + i * 8;
    const raw = table.u32(pcd + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw & 0x3fffffff;
    if (!Number.isInteger(fc)) throw new BrokenDoc(`CLX: piece ${i} at an odd offset`);
    pieces.push({ cpStart, cpEnd, fc, compressed, prm: table.u16(pcd + 6) });
  }
  const last = pieces.at(-1)?.cpEnd ?? 0;
  // Each character is stored once, in a byte at least: a table claiming more text than the stream has bytes is forged.
  if (last > word.length) throw new BrokenDoc(`CLX: ${last} characters in a stream of ${word.length} bytes`);

  const parts: string[] = [];
  const unread: { start: number; end: number }[] = [];
  let cp = 0;
  for (const p of pieces) {
    if (p.cpStart > cp) {
      parts.push('\0'.repeat(p.cpStart - cp));
      unread.push({ start: cp, end: p.cpStart });
    }
    const size = p.compressed ? 1 : 2;
    const chars = p.cpEnd - p.cpStart;
    const readable = Math.max(0, Math.min(chars, Math.floor((word.length - p.fc) / size)));
    const bytes = word.data.subarray(p.fc, p.fc + readable * size);
    parts.push(p.compressed ? CP1252.decode(bytes) : utf16(bytes));
    if (readable < chars) {
      parts.push('\0'.repeat(chars - readable));
      unread.push({ start: p.cpStart + readable, end: p.cpEnd });
    }
    cp = p.cpEnd;
  }
  const text = parts.join('');
  if (text.length !== last) throw new BrokenDoc('CLX: a piece decoded to the wrong length');

  return {
    pieces,
    text,
    propertiesOf(piece) {
      if (piece.prm & 1) return grpprls[piece.prm >> 1];
      const sprm = PRM0[(piece.prm >> 1) & 0x7f];
      return sprm === undefined ? undefined : Uint8Array.of(sprm & 0xff, sprm >> 8, piece.prm >> 8);
    },
    unreadIn(start, end) {
      const outside = Math.max(0, end - Math.max(start, last));
      return outside + unread.reduce((n, u) => n + Math.max(0, Math.min(end, u.end) - Math.max(start, u.start)), 0);
    },
    fcOf(cp) {
      const p = pieces[pieceIndex(pieces, cp)];
      return p ? p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2) : null;
    },
    pieceAt(cp) {
      return pieces[pieceIndex(pieces, cp)] ?? null;
    },
    piecesIn(start, end) {
      let lo = 0;
      let hi = pieces.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pieces[mid]!.cpEnd <= start) lo = mid + 1;
        else hi = mid;
      }
      const out: Piece[] = [];
      for (let i = lo; i < pieces.length && pieces[i]!.cpStart < end; i++) out.push(pieces[i]!);
      return out;
    },
  };
}
