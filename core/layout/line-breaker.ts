import { ALNUM, HAN, HANGING, NO_LINE_END, NO_LINE_START, PAIRED, isFullWidth } from './char-classes.ts';
import { autoSpace, charWidth, type TextSetting } from './measure.ts';

export interface LineBox {
  /** Width of the first line in points (the text width less the first-line indent). */
  firstWidthPt: number;
  widthPt: number;
}

/** A piece that a line never splits: one Chinese character, or a Latin word or number with what sticks to it. */
interface Unit {
  text: string;
  width: number;
  space: boolean;
  /** Autospace before a Latin word after Chinese: not counted when the word starts a line. */
  lead: number;
  /** Autospace after a Latin word before Chinese: not counted when the word ends a line. */
  trail: number;
}

const LATIN_GLUE = /[^\s]/u;
const QUOTES = new Set([...'“”‘’']);

function units(text: string, s: TextSetting): Unit[] {
  const out: Unit[] = [];
  let word = '';
  let wordWidth = 0;
  const flush = () => {
    if (word) out.push({ text: word, width: wordWidth, space: false, lead: 0, trail: 0 });
    word = '';
    wordWidth = 0;
  };
  let prev = '';
  for (const ch of text) {
    // A quotation mark takes the script of the character before it (LibreOffice's rule for weak characters).
    const latinQuote = QUOTES.has(ch) && /[A-Za-z0-9]/u.test(prev);
    prev = ch;
    if (latinQuote) {
      word += ch;
      wordWidth += charWidth(ch, s, true);
    } else if (/\s/u.test(ch)) {
      flush();
      out.push({ text: ch, width: charWidth(' ', s), space: true, lead: 0, trail: 0 });
    } else if (isFullWidth(ch)) {
      flush();
      out.push({ text: ch, width: charWidth(ch, s), space: false, lead: 0, trail: 0 });
    } else if (LATIN_GLUE.test(ch)) {
      word += ch;
      wordWidth += charWidth(ch, s);
      // LibreOffice breaks `2024-2026` and `ab-cd` after the hyphen: the hyphen ends a piece.
      if (ch === '-' && /[A-Za-z0-9]-$/u.test(word)) flush();
    }
  }
  flush();
  out.forEach((u, i) => {
    if (u.space || isFullWidth(u.text)) return;
    const chars = [...u.text];
    if (ALNUM.test(chars[0]!) && HAN.test(out[i - 1]?.text ?? '')) u.lead = autoSpace(s);
    if (ALNUM.test(chars.at(-1)!) && HAN.test(out[i + 1]?.text ?? '')) u.trail = autoSpace(s);
  });
  return out;
}


/** Whether a line may break between two units. */
function breakable(before: Unit, after: Unit): boolean {
  if (after.space) return false; // a break comes after the spaces, never before them
  const last = [...before.text].at(-1)!;
  const first = [...after.text][0]!;
  if (NO_LINE_START.has(first) || NO_LINE_END.has(last)) return false;
  if (PAIRED.has(first) && first === last) return false;
  // Latin words break at spaces and after an inner hyphen; a Latin word touching Chinese text may break from it.
  if (!before.space && !isFullWidth(last) && !isFullWidth(first) && !(last === '-' && ALNUM.test(first))) return false;
  return true;
}

/**
 * Breaks a paragraph's text into lines as Chinese word processors do: fills each line greedily,
 * never starts a line with a closing mark nor ends one with an opening mark, lets the marks of
 * HANGING hang past the margin after a Chinese character, keeps `……` and `——` whole, and breaks
 * Latin text only at spaces.
 */
export function breakLines(text: string, setting: TextSetting, box: LineBox): string[] {
  const all = units(text, setting);
  const lines: string[] = [];
  let start = 0;
  while (start < all.length) {
    while (start < all.length && all[start]!.space && lines.length) start++; // spaces at a line start vanish
    if (start >= all.length) break;
    const width = lines.length ? box.widthPt : box.firstWidthPt;
    let used = 0;
    let end = start;
    const lead = (u: Unit) => (u === all[start] ? 0 : u.lead);
    while (end < all.length && (all[end]!.space || used + lead(all[end]!) + all[end]!.width <= width + 1e-6)) {
      used += lead(all[end]!) + all[end]!.width + all[end]!.trail;
      end++;
    }
    if (end >= all.length) {
      lines.push(all.slice(start).map((u) => u.text).join(''));
      break;
    }
    // `end` is the first unit that does not fit: step back to a break, or hang it if it may.
    let cut = end;
    while (cut > start + 1 && !breakable(all[cut - 1]!, all[cut]!)) cut--;
    if (cut === start + 1 && !breakable(all[start]!, all[cut]!)) cut = end; // nowhere to break: overflow as they do
    // A mark hangs only when all it sticks to is Chinese: after a Latin word or a number, even one
    // in brackets as in `（2024）》，`, LibreOffice pushes them down together.
    if (HANGING.has(all[end]!.text) && end > start && cut < end && all.slice(cut, end).every((u) => isFullWidth(u.text))) cut = end + 1;
    lines.push(all.slice(start, cut).map((u) => u.text).join(''));
    start = cut;
  }
  return lines.length ? lines : [''];
}
