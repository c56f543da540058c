import { ALNUM, HANGING, LETTER, NO_LINE_END, NO_LINE_START, PAIRED, ZERO_WIDTH, isFullWidth, isNoScript } from './char-classes.ts';
import { autoSpace, charWidth, portionEnd, type TextSetting } from './measure.ts';

export interface LineBox {
  /** Width of the first line in points (the text width less the first-line indent). */
  firstWidthPt: number;
  widthPt: number;
}

type Script = 'asian' | 'latin';

/** A piece that a line never splits: one Chinese character, or a Latin word or number with what sticks to it. */
interface Unit {
  text: string;
  width: number;
  space: boolean;
  /** The face it is set in: a run of one script is one portion of LibreOffice's line. */
  script: Script;
  /**
   * What is added between the unit before and this one when both are on a line: where the script
   * changes, the run before ends (see `portionEnd`), and between a letter or digit and a Chinese
   * character the autospace. Not counted when this unit starts a line.
   */
  gap: number;
}
const LATIN_GLUE = /[^\s]/u;
const QUOTES = new Set([...'“”‘’']);
const OPENING = new Set([...'([{']);
const CLOSING = new Set([...')]}']);

function units(text: string, s: TextSetting): Unit[] {
  const out: Unit[] = [];
  let word = '';
  let wordWidth = 0;
  let script: Script = 'asian';
  const flush = () => {
    if (word) out.push({ text: word, width: wordWidth, space: false, script: 'latin', gap: 0 });
    word = '';
    wordWidth = 0;
  };
  for (const ch of text) {
    const last = out.at(-1);
    if (ZERO_WIDTH.test(ch)) {
      // It belongs to the character before it, and is no break, no run and no width of its own.
      if (word || !last) word += ch;
      else last.text += ch;
    } else if (/\s/u.test(ch)) {
      flush();
      out.push({ text: ch, width: charWidth(' ', s), space: true, script, gap: 0 });
    } else if (isFullWidth(ch)) {
      flush();
      // A mark of no script after Latin text is set with it, in Times New Roman (`AI•`, `3.5%“`); a
      // paragraph that opens with one sets it as Chinese (the zh-CN locale's script, the runs' hint).
      const latin = isNoScript(ch) && script === 'latin';
      out.push({ text: ch, width: charWidth(ch, s, latin), space: false, script: latin ? 'latin' : 'asian', gap: 0 });
      if (!latin) script = 'asian';
    } else if (LATIN_GLUE.test(ch)) {
      // A closing bracket followed by an opening one (`[坏笑][礼物]`) is a break, as in Latin text.
      if (OPENING.has(ch) && CLOSING.has([...word].at(-1) ?? '')) flush();
      word += ch;
      wordWidth += charWidth(ch, s, true);
      if (!isNoScript(ch)) script = 'latin';
      // LibreOffice breaks `2024-2026` and `ab-cd` after the hyphen: the hyphen ends a piece.
      if (ch === '-' && /[A-Za-z0-9]-$/u.test(word)) flush();
    }
  }
  flush();
  // A Latin run's glyphs stand where LibreOffice puts them: at their summed advances rounded to the
  // twip (`[可怜]` at the margin: each bracket's 106.56 twips count as 107; `][` as 213).
  let before: Unit | undefined;
  let advance = 0;
  let placed = 0;
  for (const u of out) {
    if (before && u.script !== before.script) {
      const letters = LETTER.test([...before.text].at(-1)!) && LETTER.test([...u.text][0]!);
      u.gap = letters ? autoSpace(s) : portionEnd(s);
      advance = placed = 0;
    }
    if (u.script === 'latin') {
      const spacing = [...u.text].filter((ch) => !ZERO_WIDTH.test(ch)).length * s.spacingPt;
      advance += u.width - spacing;
      const at = Math.round(advance * 20) / 20;
      u.width = at - placed + spacing;
      placed = at;
    }
    before = u;
  }
  return out;
}

/** Whether a line may break between two units. */
function breakable(before: Unit, after: Unit): boolean {
  if (after.space) return false; // a break comes after the spaces, never before them
  const last = [...before.text].at(-1)!;
  const first = [...after.text][0]!;
  if (NO_LINE_START.has(first) || NO_LINE_END.has(last)) return false;
  if (PAIRED.has(first) && first === last) return false;
  // Latin words break at spaces, after an inner hyphen and between brackets; a Latin word touching Chinese text may break from it.
  const latinBreak = (last === '-' && ALNUM.test(first)) || (CLOSING.has(last) && OPENING.has(first));
  if (!before.space && !isFullWidth(last) && !isFullWidth(first) && !latinBreak) return false;
  // A quotation mark set with a Latin word (`6G“`) is not broken from it, as Latin line breaking keeps quotes.
  if (!before.space && after.script === 'latin' && QUOTES.has(first)) return false;
  return true;
}

/** The width a line of `text` takes when set on its own, as `breakLines` measures it. */
export function lineWidth(text: string, setting: TextSetting): number {
  const all = units(text, setting);
  return all.reduce((sum, u, i) => sum + (i ? u.gap : 0) + u.width, all.length ? portionEnd(setting) : 0);
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
    const gap = (u: Unit) => (u === all[start] ? 0 : u.gap);
    // The line's last character is set without its character spacing, as the end of a run is.
    while (end < all.length && (all[end]!.space || used + gap(all[end]!) + all[end]!.width + portionEnd(setting) <= width + 1e-6)) {
      used += gap(all[end]!) + all[end]!.width;
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
    // Nor does it hang when what follows it may not begin a line (`局！•`): the break moves back.
    const next = all[end + 1];
    if (HANGING.has(all[end]!.text) && end > start && cut < end && all.slice(cut, end).every((u) => isFullWidth(u.text)) && (!next || breakable(all[end]!, next))) cut = end + 1;
    lines.push(all.slice(start, cut).map((u) => u.text).join(''));
    start = cut;
  }
  return lines.length ? lines : [''];
}
