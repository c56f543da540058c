import type { Bytes } from './bytes.ts';
import { FC, type Fib } from './fib.ts';
import { readBlip, type PictureData } from './pictures.ts';

/** OfficeArt records ([MS-ODRAW] 2.2): the containers walked, the picture store, a shape's id and its properties. */
const DGG_CONTAINER = 0xf000;
const BSTORE = 0xf001;
const DG_CONTAINER = 0xf002;
const SPGR_CONTAINER = 0xf003;
const SP_CONTAINER = 0xf004;
const FBSE = 0xf007;
const FSP = 0xf00a;
const FOPT = 0xf00b;
/** The shape property naming its picture in the store (1-based), [MS-ODRAW] 2.3.23.1 pib. */
const PIB = 0x0104;
const FSPA_SIZE = 26;
/** Groups nest shapes; deeper than this, a file is taken as forged. */
const MAX_DEPTH = 16;

interface Record {
  type: number;
  instance: number;
  body: number;
  end: number;
}

/** The records from `start` to `end`, each checked to lie inside them. */
function records(data: Bytes, start: number, end: number): Record[] {
  const out: Record[] = [];
  for (let at = start; at + 8 <= end; ) {
    const len = data.u32(at + 4);
    if (at + 8 + len > end) break;
    out.push({ type: data.u16(at + 2), instance: data.u16(at) >> 4, body: at + 8, end: at + 8 + len });
    at += 8 + len;
  }
  return out;
}

/** Each shape's picture (its pib) by shape id, through groups. */
function shapePictures(table: Bytes, within: Record[], into: Map<number, number>, depth = 0): void {
  for (const r of within) {
    if (depth > MAX_DEPTH) return;
    if (r.type === DG_CONTAINER || r.type === SPGR_CONTAINER) shapePictures(table, records(table, r.body, r.end), into, depth + 1);
    if (r.type !== SP_CONTAINER) continue;
    const children = records(table, r.body, r.end);
    const fsp = children.find((c) => c.type === FSP);
    const opt = children.find((c) => c.type === FOPT);
    if (!fsp || !opt) {
      shapePictures(table, children, into, depth + 1);
      continue;
    }
    for (let i = 0; i < opt.instance && opt.body + i * 6 + 6 <= opt.end; i++) {
      const id = table.u16(opt.body + i * 6) & 0x3fff;
      if (id === PIB) into.set(table.u32(fsp.body), table.u32(opt.body + i * 6 + 2));
    }
  }
}

export interface Drawings {
  /**
   * The picture of the floating shape anchored at `cp` (the special character 0x08): its bytes, or
   * its kind where they are not kept; null where the shape is no picture (a text box, a drawn shape).
   */
  at(cp: number): PictureData | null;
}

/**
 * Floating pictures ([MS-DOC] 2.9.172 OfficeArtContent): the main text's shapes (PlcSpaMom, by the
 * position of their anchor), their picture in the drawing's store, and its bytes, in the store or,
 * as Word keeps them, in the WordDocument stream at the store entry's foDelay.
 */
export function readDrawings(fib: Fib, table: Bytes, word: Bytes): Drawings {
  const none: Drawings = { at: () => null };
  const spa = fib.range(FC.plcSpaMom);
  const dgg = fib.range(FC.dggInfo);
  if (!spa || !dgg || (spa.lcb - 4) % (4 + FSPA_SIZE)) return none;
  table.check(spa.fc, spa.lcb);
  table.check(dgg.fc, dgg.lcb);
  const n = (spa.lcb - 4) / (4 + FSPA_SIZE);
  const anchors = new Map<number, { spid: number; widthPt: number; heightPt: number }>();
  for (let i = 0; i < n; i++) {
    const fspa = spa.fc + (n + 1) * 4 + i * FSPA_SIZE;
    const twips = (a: number, b: number) => Math.round((table.i32(fspa + b) - table.i32(fspa + a)) / 20);
    anchors.set(table.u32(spa.fc + i * 4), { spid: table.u32(fspa), widthPt: twips(4, 12), heightPt: twips(8, 16) });
  }
  const end = dgg.fc + dgg.lcb;
  const [container] = records(table, dgg.fc, end);
  if (container?.type !== DGG_CONTAINER) return none;
  const store = records(table, container.body, container.end).find((r) => r.type === BSTORE);
  const entries = store ? records(table, store.body, store.end) : [];
  // After the store, each drawing (main text, running heads) is a byte naming it and its container.
  const pictures = new Map<number, number>();
  for (let at = container.end; at + 9 <= end; ) {
    const [drawing] = records(table, at + 1, end);
    if (!drawing) break;
    shapePictures(table, [drawing], pictures);
    at = drawing.end;
  }
  return {
    at(cp) {
      const anchor = anchors.get(cp);
      const pib = anchor && pictures.get(anchor.spid);
      const entry = pib ? entries[pib - 1] : undefined;
      if (!anchor || !entry) return null;
      let blip: PictureData | null = null;
      try {
        if (entry.type === FBSE) {
          const cbName = table.u8(entry.body + 33);
          const embedded = entry.body + 36 + cbName;
          blip = embedded + 8 <= entry.end ? readBlip(table, embedded, entry.end) : readBlip(word, table.u32(entry.body + 28), word.length);
        } else blip = readBlip(table, entry.body - 8, entry.end);
      } catch {
        blip = null; // a store entry pointing outside the file costs this picture, said as a problem
      }
      if (!blip) return { unsupported: '无法读取' };
      return 'bytes' in blip ? { ...blip, widthPt: anchor.widthPt, heightPt: anchor.heightPt } : blip;
    },
  };
}
