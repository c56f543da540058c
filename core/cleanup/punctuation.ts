import { HAN, CJK, hasHan } from './chars.ts';
import type { ChangeCounts } from './tally.ts';

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** A half-width mark touching Chinese text, with the spaces around it (full-width marks take none). */
const besideChinese = new RegExp(`(?<=${CJK})\\s*([,;:?!])[ \\t]*|([,;:?!])[ \\t]*(?=${CJK})`, 'gu');
const periodAfterHan = new RegExp(`(?<=${HAN})\\.(?!\\d)`, 'gu');

/** Straight double quotes become “ ” in turn; nested single quotes become ‘ ’. */
function pairQuotes(text: string, count: () => void): string {
  let open = false;
  let single = false;
  let out = '';
  for (const ch of text) {
    if (ch === '"') {
      out += open ? '”' : '“';
      open = !open;
      count();
    } else if (ch === "'" && open) {
      out += single ? '’' : '‘';
      single = !single;
      count();
    } else out += ch;
  }
  return out;
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
  out = out.replace(/\(([^()]*)\)/gu, (whole, inner: string) => {
    if (!hasHan(inner)) return whole;
    changed += 2;
    return `（${inner}）`;
  });
  out = out.replace(besideChinese, swap((_m, a, b) => HALF_TO_FULL[(a || b)!]!));
  out = out.replace(periodAfterHan, swap(() => '。'));
  if (tally) tally.punctuation += changed;
  return out;
}
