import { HAN, CJK, hasHan } from './chars.ts';
import type { ChangeCounts } from './tally.ts';
import { pairMarks } from './quotes.ts';

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** A half-width mark touching Chinese text, with the spaces around it (full-width marks take none). */
const besideChinese = new RegExp(`(?<=${CJK})\\s*([,;:?!])[ \\t]*|([,;:?!])[ \\t]*(?=${CJK})`, 'gu');
const hanQuestion = new RegExp(`(?<=${HAN})\\?(?=${HAN})`, 'gu');
const QUESTION_WORD = /[吗呢么谁哪几啥]|何|怎|是否|能否|可否|什么|难道|多少|为何|如何|岂/u;

/**
 * A `?` squeezed between two Chinese characters is a question only when its clause asks one
 * (`能否…先机?上海`); otherwise it stands for a character the text lost (`上?苿`) and stays, for
 * the clerk to check.
 */
function lostCharacters(text: string): Set<number> {
  const lost = new Set<number>();
  for (const m of text.matchAll(hanQuestion)) {
    const clause = text.slice(0, m.index).split(/[，。；！？,;!]/u).at(-1) ?? '';
    if (!QUESTION_WORD.test(clause)) lost.add(m.index);
  }
  return lost;
}
const periodAfterHan = new RegExp(`(?<=${HAN})\\.(?!\\d)`, 'gu');

/**
 * Chat-style bullets (`⚫️`) as the printed shapes they stand for: the emoji forms are missing from
 * the Chinese faces, so each office's fallback font set them at its own width; ● ○ ■ □ are in GB 2312.
 */
const PRINTED_SHAPE: Record<string, string> = { '⚫': '●', '⚪': '○', '◼': '■', '◻': '□', '◾': '■', '◽': '□' };
/** Those shapes with their presentation selector, or a selector alone (print has one presentation). */
const CHAT_SHAPE = /([⚫⚪◼◻◾◽])[\uFE0E\uFE0F]?|[\uFE0E\uFE0F]/gu;

const cjkChar = new RegExp(CJK, 'u');

/** Whether a straight quote at `i` stands in Latin text (Latin or nothing on both sides): it stays. */
function inLatin(chars: string[], i: number): boolean {
  const near = (step: number) => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) if (!/\s/u.test(chars[j]!)) return chars[j]!;
    return '';
  };
  return !cjkChar.test(near(-1)) && !cjkChar.test(near(1));
}

/**
 * Straight double quotes beside Chinese become “ ” where they pair (see quotes.ts); nested single
 * quotes inside a pair become ‘ ’. A mark with no partner stays straight, and the damage check reports it.
 */
function pairQuotes(text: string, count: () => void): string {
  if (!text.includes('"')) return text;
  const chars = [...text];
  const marks = chars.flatMap((ch, i) => (ch === '"' && !inLatin(chars, i) ? [i] : []));
  const partner = pairMarks(chars, marks);
  const role = new Map<number, 'open' | 'close'>();
  marks.forEach((at, k) => {
    const other = partner[k]!;
    if (other >= 0) role.set(at, other > k ? 'open' : 'close');
  });
  let inside = false;
  let single = false;
  return chars
    .map((ch, i) => {
      const r = role.get(i);
      if (r) {
        inside = r === 'open';
        single = false;
        count();
        return r === 'open' ? '“' : '”';
      }
      if (ch === "'" && inside) {
        single = !single;
        count();
        return single ? '‘' : '’';
      }
      return ch;
    })
    .join('');
}

/**
 * GB/T 15834 punctuation beside Chinese text: half-width marks become full-width, straight
 * quotes are paired, `...` becomes `……` and `--` becomes `——`. Text without Chinese is left as it is,
 * and so are times (12:30), decimals and thousands (1,000.5) whose marks sit between digits.
 */
export function normalizePunctuation(text: string, tally?: ChangeCounts): string {
  if (!hasHan(text)) return text;
  let changed = 0;
  const count = () => void changed++;
  const swap = (to: (m: string, ...rest: string[]) => string) => (m: string, ...rest: string[]) => {
    const r = to(m, ...rest);
    if (r !== m) count();
    return r;
  };
  let out = text.replace(/\.{3,}|。{3,}|…+/gu, swap(() => '……')).replace(/(?<!-)-{2,}(?!-)|—{1,2}/gu, swap(() => '——'));
  out = pairQuotes(out, count);
  out = out.replace(/\(([^()]*)\)/gu, (whole: string, inner: string, at: number, all: string) => {
    const besideHan = cjkChar.test(all[at - 1] ?? '') || cjkChar.test(all[at + whole.length] ?? '');
    if (!hasHan(inner) && !besideHan) return whole;
    changed += 2;
    return `（${inner}）`;
  });
  const lost = lostCharacters(out);
  out = out.replace(besideChinese, (m: string, a: string | undefined, b: string | undefined, at: number) => {
    const mark = (a || b)!;
    if (mark === '?' && lost.has(at + m.indexOf('?'))) return m;
    count();
    return m.replace(/\s+/gu, '').replace(mark, HALF_TO_FULL[mark]!);
  });
  out = out.replace(periodAfterHan, swap(() => '。'));
  out = out.replace(CHAT_SHAPE, swap((_m, shape) => (shape ? PRINTED_SHAPE[shape]! : '')));
  if (tally) tally.punctuation += changed;
  return out;
}
