import { TIMES_BOLD, TIMES_REGULAR } from './latin-widths.ts';
import { isFullWidth } from './char-classes.ts';

/** How a run of text is set: size in points, bold, and the extra space after each character. */
export interface TextSetting {
  sizePt: number;
  bold: boolean;
  /** Character spacing in points (negative condenses), as `w:spacing` in a run. */
  spacingPt: number;
}

/** Advance width of one character in points: a full cell for Chinese, Times New Roman's width for Latin. */
export function charWidth(ch: string, s: TextSetting, latin = false): number {
  if (!latin && isFullWidth(ch)) return s.sizePt + s.spacingPt;
  const em = (s.bold ? TIMES_BOLD : TIMES_REGULAR)[ch.codePointAt(0)!] ?? 1;
  return em * s.sizePt + s.spacingPt;
}

/**
 * What a run of one script gains at its end: LibreOffice sets a run's last character without the
 * character spacing (measured: `国，` before `2021` takes 16 pt + 16 pt − 0.25 pt, not 2 × 15.75 pt).
 */
export function portionEnd(s: TextSetting): number {
  return -s.spacingPt;
}

/**
 * The space added where a Chinese character meets a Latin letter or digit: a fifth of an em (LibreOffice's
 * kerning portion of a fifth of the font height), after the run before it ends (`portionEnd`).
 */
export function autoSpace(s: TextSetting): number {
  return s.sizePt / 5 + portionEnd(s);
}
