import { parseChineseDate, smallNumberOf } from '../model/date.ts';
import type { RawBlock } from '../cleanup/raw-block.ts';
import { lineOf, listedAs } from './lines.ts';

/** What a past briefing's masthead says: its title, 期号, 编印单位, date and 主题语, each where it was found. */
export interface MastheadFound {
  seriesTitle: string;
  /** The title's colour, where the file says (offices print it red). */
  colour: string | null;
  issueNumber: number | null;
  cumulativeNumber: number | null;
  date: string | null;
  issuingUnit: string;
  theme: string;
  /** Lines of the masthead that say none of these (`内部资料 注意保存`), word for word. */
  leftOut: string[];
}

/** `3`, `１２`, `十二`: a 期号 as offices write it. */
function numberOf(text: string): number | null {
  const plain = text.normalize('NFKC');
  if (/^\d{1,5}$/u.test(plain)) return Number(plain);
  const n = smallNumberOf(plain);
  return n && n > 0 ? n : null;
}

const NUMERAL = '[\\d０-９一二三四五六七八九十]{1,5}';
/** `第3期`, `第 3 期`, set on a line of its own or beside the unit and date. */
const ISSUE_NUMBER = new RegExp(`(?<!总)第\\s*(${NUMERAL})\\s*期`, 'u');
/** `（总第12期）`, `总第12期`. */
const CUMULATIVE = new RegExp(`[（(]?\\s*总\\s*第\\s*(${NUMERAL})\\s*期\\s*[)）]?`, 'u');
/** `2025年5月21日`, on the line with the unit. */
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;
/** A line that only holds the 期号 (and the cumulative number). */
const NUMBER_LINE = new RegExp(`^[（(]?\\s*第\\s*${NUMERAL}\\s*期\\s*[)）]?\\s*(?:[（(]?\\s*总\\s*第\\s*${NUMERAL}\\s*期\\s*[)）]?)?$`, 'u');
const SENTENCE = /[。！？；]/u;

/** The title: the largest type of the masthead (offices set it big and red), the first such line; the title a reader marked, else the first line. */
function titleIndex(blocks: RawBlock[]): number {
  let best = -1;
  let size = 0;
  blocks.forEach((b, i) => {
    const s = b.look?.size ?? 0;
    if (lineOf(b) && s > size) (best = i), (size = s);
  });
  if (best >= 0) return best;
  const marked = blocks.findIndex((b) => b.hint?.kind === 'title');
  return marked >= 0 ? marked : blocks.findIndex((b) => lineOf(b));
}

/**
 * Reads the masthead (the lines above the 目录 or the first section): the largest line is the
 * series title, a line of 第N期 (总第N期) the 期号, the line with the date the 编印单位 and the date,
 * another short line the 主题语. Whatever says none of these is returned in `leftOut`.
 */
export function readMasthead(blocks: RawBlock[]): MastheadFound {
  const found: MastheadFound = { seriesTitle: '', colour: null, issueNumber: null, cumulativeNumber: null, date: null, issuingUnit: '', theme: '', leftOut: [] };
  const title = titleIndex(blocks);
  blocks.forEach((b, i) => {
    // A picture of the masthead (an emblem) is the template's to print, not the issue's.
    if (b.hint?.kind === 'figure') {
      found.leftOut.push(listedAs(b));
      return;
    }
    const line = lineOf(b);
    if (!line) return;
    if (i === title) {
      found.seriesTitle = line;
      found.colour = b.look?.colour ?? null;
      return;
    }
    let rest = line;
    const cumulative = CUMULATIVE.exec(rest);
    if (cumulative && found.cumulativeNumber === null) {
      found.cumulativeNumber = numberOf(cumulative[1]!);
      rest = rest.replace(cumulative[0], ' ');
    }
    const issue = ISSUE_NUMBER.exec(rest);
    // A title may hold 第九期 (`第九期处级干部轮训班简报`): the 期号 is a line of its own, or beside the date.
    if (issue && found.issueNumber === null && (NUMBER_LINE.test(line.replace(/\s+/gu, '')) || DATE.test(rest))) {
      found.issueNumber = numberOf(issue[1]!);
      rest = rest.replace(issue[0], ' ');
    }
    const date = DATE.exec(rest);
    if (date && found.date === null) {
      found.date = parseChineseDate(date[0]);
      rest = rest.replace(date[0], ' ');
      const unit = rest.replace(/\s+/gu, ' ').trim();
      if (unit && !found.issuingUnit) found.issuingUnit = unit;
      return;
    }
    rest = rest.replace(/\s+/gu, ' ').trim();
    if (!rest) return;
    // The 主题语 is a short line under the title, no sentence, before the 期号.
    if (!found.theme && found.issueNumber === null && found.seriesTitle && [...rest].length <= 40 && !SENTENCE.test(rest)) found.theme = rest;
    else found.leftOut.push(line);
  });
  return found;
}
