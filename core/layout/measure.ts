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
 * The space added where a Chinese character meets a Latin letter or digit: a fifth of an em (measured
 * on LibreOffice's rendering; the run's character spacing does not shrink it).
 */
export function autoSpace(s: TextSetting): number {
  return s.sizePt / 5 - s.spacingPt;
}
