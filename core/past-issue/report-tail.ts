import type { Distribution } from '../model/meta.ts';
import type { RawBlock } from '../cleanup/raw-block.ts';
import { lineOf, listedAs } from './lines.ts';
import type { z } from 'zod';

/** What a past briefing's 报尾 says: its 报/送/发 lists and print run. */
export interface TailFound {
  /** The first block of the 报尾 (the blocks' length when there is none). */
  start: number;
  distribution: z.infer<typeof Distribution>;
  printRun: number | null;
  /** Lines of the 报尾 that are neither (`区委党校办公室 2025年5月21日印发`), word for word. */
  leftOut: string[];
}

/** `报：`, `抄送：`, `发：`: a list of the 报尾, each its part of the distribution. */
const LIST = /(抄报|抄送|分送|报送|报|送|发)\s*[：:]/gu;
const PART: Record<string, keyof TailFound['distribution']> = { 报: 'bao', 抄报: 'bao', 报送: 'bao', 送: 'song', 抄送: 'song', 分送: 'song', 发: 'fa' };
/** `（共印60份）`, `印数：60`, `印60份`. */
const PRINT_RUN = /(?:共印|印数\s*[：:]?|印)\s*(\d{1,6})\s*份?/u;
/** A line a 报尾 holds: a list, the print run, the office that printed it. */
const TAIL_LINE = /^(?:抄报|抄送|分送|报送|报|送|发)\s*[：:]|共印\s*\d+\s*份|印数|印发$/u;
/** A short line with no sentence in it (the office and date under the lists). */
const SHORT = (line: string) => [...line].length <= 40 && !/[。！？；]/u.test(line);

/**
 * Finds the 报尾 at the end of a past briefing: from its first list line (`报：…`), every line
 * after it being one of its own (a list, the print run) or a short line (the printing office and date).
 */
export function readTail(blocks: RawBlock[]): TailFound {
  const found: TailFound = { start: blocks.length, distribution: { bao: [], song: [], fa: [] }, printRun: null, leftOut: [] };
  let start = blocks.length;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    const line = lineOf(b);
    if (b.hint?.kind === 'figure' || (line && !TAIL_LINE.test(line) && !SHORT(line))) break;
    if (TAIL_LINE.test(line)) start = i;
  }
  // Short lines before the first list line are the body's (a caption, a signature).
  while (start < blocks.length && !TAIL_LINE.test(lineOf(blocks[start]!))) start++;
  found.start = start;
  for (const b of blocks.slice(start)) {
    const line = lineOf(b);
    if (b.hint?.kind === 'figure') found.leftOut.push(listedAs(b));
    if (!line || b.hint?.kind === 'figure') continue;
    let used = false;
    const lists = [...line.matchAll(LIST)];
    lists.forEach((m, k) => {
      const names = line
        .slice(m.index + m[0].length, lists[k + 1]?.index ?? line.length)
        .replace(PRINT_RUN, '')
        .split(/[，,、；;\s]+/u)
        .map((n) => n.replace(/[。.]$/u, '').trim())
        .filter(Boolean);
      found.distribution[PART[m[1]!]!].push(...names);
      used = true;
    });
    const run = PRINT_RUN.exec(line);
    if (run) {
      found.printRun = Number(run[1]);
      used = true;
    }
    if (!used) found.leftOut.push(line);
  }
  return found;
}
