import { HAN, CJK, hasHan } from './chars.ts';

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** A half-width mark touching Chinese text, with the spaces around it (full-width marks take none). */
const besideChinese = new RegExp(`(?<=${CJK})\\s*([,;:?!])[ \\t]*|([,;:?!])[ \\t]*(?=${CJK})`, 'gu');
const periodAfterHan = new RegExp(`(?<=${HAN})\\.(?!\\d)`, 'gu');

/** Straight double quotes become “ ” in turn; nested single quotes become ‘ ’. */
function pairQuotes(text: string): string {
  let open = false;
  let single = false;
  let out = '';
  for (const ch of text) {
    if (ch === '"') {
      out += open ? '”' : '“';
      open = !open;
    } else if (ch === "'" && open) {
      out += single ? '’' : '‘';
      single = !single;
    } else out += ch;
  }
  return out;
}

function fullWidthParens(text: string): string {
  return text.replace(/\(([^()]*)\)/gu, (whole, inner: string) => (hasHan(inner) ? `（${inner}）` : whole));
}

/**
 * GB/T 15834 punctuation beside Chinese text: half-width marks become full-width, straight
 * quotes are paired, `...` becomes `……` and `--` becomes `——`. Text without Chinese is left as it is,
 * and so are times (12:30), decimals and thousands (1,000.5) whose marks sit between digits.
 */
export function normalizePunctuation(text: string): string {
  if (!hasHan(text)) return text;
  let out = text
    .replace(/\.{3,}|。{3,}|…+/gu, '……')
    .replace(/(?<!-)-{2,}(?!-)|—{1,2}/gu, '——');
  out = pairQuotes(out);
  out = fullWidthParens(out);
  out = out.replace(besideChinese, (_m, a: string | undefined, b: string | undefined) => HALF_TO_FULL[(a ?? b)!]!);
  out = out.replace(periodAfterHan, '。');
  return out;
}
