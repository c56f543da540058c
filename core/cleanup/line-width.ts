/**
 * The evidence of line lengths. Lines a PDF or a narrow column broke inside a sentence share one
 * width, the column's; a paragraph's last line, a heading or a counter is shorter. Text copied from
 * a web page has no such width: each of its lines is a paragraph of its own length.
 */

/** A line's width in Chinese character cells: a Latin letter, digit or space takes half of one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 && ch !== '\u2014' && ch !== '\u2026' ? 0.5 : 1;
  return w;
}

/** Lines shorter than this say nothing about a column. */
const MIN_WIDTH = 6;

/**
 * The width most lines of a text share (within a cell either way), when at least four lines and
 * two fifths of all lines share it; null when the lines were not broken by a column.
 */
export function columnWidth(widths: number[]): number | null {
  const counted = widths.filter((w) => w >= MIN_WIDTH).map((w) => Math.round(w));
  let best = 0;
  let width = 0;
  for (const w of new Set(counted)) {
    const near = counted.filter((x) => Math.abs(x - w) <= 1).length;
    if (near > best || (near === best && w > width)) [best, width] = [near, w];
  }
  return best >= 4 && best >= counted.length * 0.4 ? width : null;
}

/** A line that reaches the column's width: the column, not the writer, ended it. */
export function fillsColumn(width: number, column: number): boolean {
  return width >= column - Math.max(1.5, column * 0.1);
}
