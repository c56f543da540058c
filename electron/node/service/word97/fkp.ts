import { BrokenDoc, Bytes } from './bytes.ts';
import { FC, type Fib } from './fib.ts';

/**
 * Formatting as Word stores it: for the bytes `fcStart`…`fcEnd` of the WordDocument stream, a
 * property list (and, for paragraphs, the style). It is keyed by where the text is stored, not by
 * where it reads, so a fast save's appended pieces find their formatting as the others do.
 */
export interface FkpRun {
  fcStart: number;
  fcEnd: number;
  grpprl: Uint8Array;
  istd: number;
}

const PAGE = 512;

/** The pages of formatted disk pages (FKPs) named by a PlcBte ([MS-DOC] 2.8.5, 2.8.6), each once. */
function fkpPages(fib: Fib, index: number, table: Bytes, word: Bytes): Bytes[] {
  const plc = fib.range(index);
  if (!plc) return [];
  table.check(plc.fc, plc.lcb);
  if (plc.lcb < 4 || (plc.lcb - 4) % 8) throw new BrokenDoc(`PlcBte ${index}: ${plc.lcb} bytes`);
  const count = (plc.lcb - 4) / 8;
  const seen = new Set<number>();
  const pages: Bytes[] = [];
  for (let i = 0; i < count; i++) {
    const pn = table.u32(plc.fc + (count + 1) * 4 + i * 4) & 0x3fffff;
    if (seen.has(pn)) continue;
    seen.add(pn);
    pages.push(new Bytes(word.slice(pn * PAGE, PAGE), `FKP ${pn}`));
  }
  return pages;
}

function sorted(runs: FkpRun[]): FkpRun[] {
  return runs.filter((r) => r.fcEnd > r.fcStart).sort((a, b) => a.fcStart - b.fcStart);
}

/** A page's count of runs and its run boundaries, checked to fit the page before anything is read by them. */
function boundaries(page: Bytes, entrySize: number): number[] {
  const n = page.u8(PAGE - 1);
  if ((n + 1) * 4 + n * entrySize > PAGE - 1) throw new BrokenDoc(`${page.what}: ${n} runs do not fit`);
  return Array.from({ length: n + 1 }, (_, i) => page.u32(i * 4));
}

/** Character formatting: every ChpxFkp's runs ([MS-DOC] 2.9.33). */
export function readChpxRuns(fib: Fib, table: Bytes, word: Bytes): FkpRun[] {
  const runs: FkpRun[] = [];
  for (const page of fkpPages(fib, FC.plcfBteChpx, table, word)) {
    const fcs = boundaries(page, 1);
    const n = fcs.length - 1;
    for (let i = 0; i < n; i++) {
      const offset = page.u8((n + 1) * 4 + i) * 2;
      let grpprl: Uint8Array = new Uint8Array();
      if (offset) {
        const cb = page.u8(offset);
        if (offset + 1 + cb > PAGE - 1) throw new BrokenDoc(`${page.what}: Chpx past its page`);
        grpprl = page.slice(offset + 1, cb);
      }
      runs.push({ fcStart: fcs[i]!, fcEnd: fcs[i + 1]!, grpprl, istd: 0 });
    }
  }
  return sorted(runs);
}

/** Paragraph formatting: every PapxFkp's runs with their style ([MS-DOC] 2.9.175). */
export function readPapxRuns(fib: Fib, table: Bytes, word: Bytes): FkpRun[] {
  const runs: FkpRun[] = [];
  for (const page of fkpPages(fib, FC.plcfBtePapx, table, word)) {
    const fcs = boundaries(page, 13);
    const n = fcs.length - 1;
    for (let i = 0; i < n; i++) {
      const offset = page.u8((n + 1) * 4 + i * 13) * 2;
      let istd = 0;
      let grpprl: Uint8Array = new Uint8Array();
      if (offset) {
        const cb = page.u8(offset);
        const start = cb ? offset + 1 : offset + 2;
        const size = cb ? 2 * cb - 1 : 2 * page.u8(offset + 1);
        if (size < 2 || start + size > PAGE - 1) throw new BrokenDoc(`${page.what}: Papx past its page`);
        istd = page.u16(start);
        grpprl = page.slice(start + 2, size - 2);
      }
      runs.push({ fcStart: fcs[i]!, fcEnd: fcs[i + 1]!, grpprl, istd });
    }
  }
  return sorted(runs);
}

/** The run holding byte `fc`, or null. */
export function runAt(runs: FkpRun[], fc: number): FkpRun | null {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.fcStart <= fc) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const run = runs[found];
  return run && fc < run.fcEnd ? run : null;
}

/** The runs overlapping bytes `start`…`end`, in order. */
export function runsIn(runs: FkpRun[], start: number, end: number): FkpRun[] {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.fcEnd <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: FkpRun[] = [];
  for (let i = lo; i < runs.length && runs[i]!.fcStart < end; i++) out.push(runs[i]!);
  return out;
}
