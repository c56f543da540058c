import type { PrintDocument } from './print-model.ts';

/**
 * How big a photo is made for each use. Print: about 300 pixels per inch at the width it is
 * printed (a full-width photo in an article, 156 mm, is 1843 px wide; one of 【学习掠影】's, half
 * the width, about 870 px): what an office laser printer and a print shop can show, where a
 * phone's 4000 px would be 1,300 ppi that no paper shows. The 公众号: 1080 px wide, the width
 * its editor shows and keeps.
 */
export const PRINT_PPI = 300;
export const WEB_WIDTH_PX = 1080;

/**
 * What a resampled copy of a photo is for: `print-<px>` printed that many pixels wide (about 300
 * ppi at its printed width), `web` the 公众号's and the editor's WEB_WIDTH_PX, `full` the whole
 * picture upright (an export at full quality).
 */
export type PhotoPurpose = `print-${number}` | 'web' | 'full';

/** Pixels across a photo printed `widthPt` points wide needs for PRINT_PPI. */
export function printPixels(widthPt: number): number {
  return Math.ceil((widthPt / 72) * PRINT_PPI);
}

/** Each photo the print document shows and the widest it is printed, in points. */
export function printedWidths(print: PrintDocument): Map<string, number> {
  const widths = new Map<string, number>();
  const add = (photo: string, widthPt: number) => widths.set(photo, Math.max(widths.get(photo) ?? 0, widthPt));
  for (const block of print.body) {
    if (block.kind === 'picture') add(block.photo, block.widthPt);
    if (block.kind === 'gallery') for (const cell of block.rows.flat()) add(cell.photo, cell.widthPt);
  }
  return widths;
}
