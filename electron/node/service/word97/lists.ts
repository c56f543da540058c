import { Bytes, utf16 } from './bytes.ts';
import { FC, type Fib } from './fib.ts';
import { formatListNumber } from '../../../../core/word/number-format.ts';

/**
 * The list number formats of [MS-OSHARED] 2.2.1.3 MSONFC, by their code in a .doc, named as a .docx
 * names them (ST_NumberFormat), so both formats share one formatter.
 */
const NFC: Record<number, string> = {
  0x00: 'decimal',
  0x01: 'upperRoman',
  0x02: 'lowerRoman',
  0x03: 'upperLetter',
  0x04: 'lowerLetter',
  0x0a: 'ideographDigital',
  0x0b: 'japaneseCounting',
  0x0e: 'decimalFullWidth',
  0x0f: 'decimalHalfWidth',
  0x12: 'decimalEnclosedCircle',
  0x13: 'decimalFullWidth2',
  0x16: 'decimalZero',
  0x17: 'bullet',
  0x1a: 'decimalEnclosedFullstop',
  0x1b: 'decimalEnclosedParen',
  0x1c: 'decimalEnclosedCircleChinese',
  0x1d: 'ideographEnclosedCircle',
  0x1e: 'ideographTraditional',
  0x1f: 'ideographZodiac',
  0x20: 'ideographZodiacTraditional',
  0x21: 'taiwaneseCounting',
  0x22: 'ideographLegalTraditional',
  0x23: 'taiwaneseCountingThousand',
  0x24: 'taiwaneseDigital',
  0x25: 'chineseCounting',
  0x26: 'chineseLegalSimplified',
  0x27: 'chineseCountingThousand',
  0x28: 'decimal',
  0xff: 'none',
};

export const numberFormatOf = (nfc: number) => NFC[nfc] ?? 'decimal';

/** One level of a list ([MS-DOC] 2.9.150 LVL): where it starts, how its number shows, and its number text with placeholders. */
export interface Level {
  start: number;
  nfc: number;
  /** All numbers of the label in digits (a legal list: 1.1.1 under 一、). */
  legal: boolean;
  /** The level does not start again when a level above it goes on. */
  noRestart: boolean;
  /** The number text (xst): placeholders are the characters 0–8, naming the level whose number stands there. */
  text: string;
  /** Where the placeholders stand in `text` (0-based). */
  placeholders: number[];
}

interface List {
  lsid: number;
  levels: Level[];
}

interface Override {
  lsid: number;
  /** Per level: a start that replaces the list's (applied once, where the override is first used), and a whole level that replaces the list's. */
  start: Map<number, number>;
  levels: Map<number, Level>;
}

const LSTF_SIZE = 28;
const LFO_SIZE = 16;
const MAX_LEVELS = 9;

/** Reads one LVL at `at`; returns it and where the next one starts. */
function readLevel(table: Bytes, at: number): { level: Level; next: number } {
  const start = table.i32(at);
  const nfc = table.u8(at + 4);
  const flags = table.u8(at + 5);
  const positions = Array.from(table.slice(at + 6, 9));
  const cbChpx = table.u8(at + 24);
  const cbPapx = table.u8(at + 25);
  const xst = at + 28 + cbPapx + cbChpx;
  const cch = table.u16(xst);
  const text = utf16(table.slice(xst + 2, cch * 2));
  const end = positions.indexOf(0);
  const placeholders = positions.slice(0, end < 0 ? 9 : end).map((p) => p - 1).filter((p) => p >= 0 && p < cch);
  return {
    level: { start, nfc, legal: (flags & 0x04) !== 0, noRestart: (flags & 0x08) !== 0, text, placeholders },
    next: xst + 2 + cch * 2,
  };
}

/** The list definitions (PlfLst and the LVLs after it, [MS-DOC] 2.8.1 ff.) and their overrides (PlfLfo). */
function readListTables(fib: Fib, table: Bytes): { lists: List[]; overrides: Override[] } {
  const lists: List[] = [];
  const overrides: Override[] = [];
  const lst = fib.range(FC.plfLst);
  if (lst) {
    const count = table.i16(lst.fc);
    if (count < 0 || !table.has(lst.fc + 2, count * LSTF_SIZE)) return { lists, overrides };
    let at = lst.fc + 2 + count * LSTF_SIZE;
    for (let i = 0; i < count; i++) {
      const lstf = lst.fc + 2 + i * LSTF_SIZE;
      const simple = (table.u8(lstf + 26) & 0x01) !== 0;
      const levels: Level[] = [];
      for (let l = 0; l < (simple ? 1 : MAX_LEVELS); l++) {
        const read = readLevel(table, at);
        levels.push(read.level);
        at = read.next;
      }
      lists.push({ lsid: table.i32(lstf), levels });
    }
  }
  const lfo = fib.range(FC.plfLfo);
  if (lfo) {
    const count = table.i32(lfo.fc);
    if (count < 0 || !table.has(lfo.fc + 4, count * LFO_SIZE)) return { lists, overrides };
    for (let i = 0; i < count; i++) overrides.push({ lsid: table.i32(lfo.fc + 4 + i * LFO_SIZE), start: new Map(), levels: new Map() });
    try {
      let at = lfo.fc + 4 + count * LFO_SIZE;
      for (let i = 0; i < count; i++) {
        const override = overrides[i]!;
        const levels = table.u8(lfo.fc + 4 + i * LFO_SIZE + 12);
        at += 4; // every LFO has its LFOData, which opens with a cp the reader has no use for
        for (let l = 0; l < levels && l < MAX_LEVELS; l++) {
          const startAt = table.i32(at);
          const flags = table.u8(at + 4);
          at += 8;
          const ilvl = flags & 0x0f;
          if (flags & 0x20) {
            const read = readLevel(table, at);
            override.levels.set(ilvl, read.level);
            at = read.next;
          }
          if (flags & 0x10) override.start.set(ilvl, flags & 0x20 ? (override.levels.get(ilvl)?.start ?? startAt) : startAt);
        }
      }
    } catch {
      // Overrides cut short: the lists count from their own starts.
    }
  }
  return { lists, overrides };
}

export interface ListLabel {
  label: string;
  bullet: boolean;
}

/**
 * Word's automatic numbers, counted as Word counts them: one counter per list and level, going on
 * across the list's overrides, a level starting again whenever a level above it goes on.
 */
export interface Numbering {
  /** The label of the next paragraph of list override `ilfo` (1-based) at level `ilvl`, or null if it names no list. */
  next(ilfo: number, ilvl: number): ListLabel | null;
}

export function readNumbering(fib: Fib, table: Bytes): Numbering {
  let tables: ReturnType<typeof readListTables>;
  try {
    tables = readListTables(fib, table);
  } catch {
    // Damaged list tables cost the labels, never the text.
    tables = { lists: [], overrides: [] };
  }
  const { lists, overrides } = tables;
  const counters = new Map<number, (number | undefined)[]>();
  const startsUsed = new Set<string>();
  return {
    next(ilfo, ilvl) {
      const override = overrides[ilfo - 1];
      const list = override && lists.find((l) => l.lsid === override.lsid);
      if (!override || !list) return null;
      const levelOf = (k: number) => override.levels.get(k) ?? list.levels[Math.min(k, list.levels.length - 1)]!;
      const lvl = Math.min(ilvl, MAX_LEVELS - 1);
      const level = levelOf(lvl);
      if (numberFormatOf(level.nfc) === 'bullet') return { label: '', bullet: true };
      const count = counters.get(list.lsid) ?? [];
      counters.set(list.lsid, count);
      const restart = override.start.get(lvl);
      const key = `${ilfo}:${lvl}`;
      if (restart !== undefined && !startsUsed.has(key)) {
        startsUsed.add(key);
        count[lvl] = restart;
      } else count[lvl] = count[lvl] === undefined ? level.start : count[lvl]! + 1;
      for (let k = lvl + 1; k < MAX_LEVELS; k++) if (!levelOf(k).noRestart) count[k] = undefined;
      const chars = level.text.split(''); // placeholders count UTF-16 units
      for (const p of level.placeholders) {
        const k = level.text.charCodeAt(p);
        if (k >= MAX_LEVELS) continue;
        const n = count[k] ?? levelOf(k).start;
        chars[p] = formatListNumber(n, level.legal && k !== lvl ? 'decimal' : numberFormatOf(levelOf(k).nfc));
      }
      return { label: chars.join(''), bullet: false };
    },
  };
}
