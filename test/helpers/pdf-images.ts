import { execFileSync } from 'node:child_process';

export interface PdfImage {
  page: number;
  width: number;
  height: number;
  /** Pixels per inch as printed, across and down. */
  xPpi: number;
  yPpi: number;
}

/** The pictures of a PDF as poppler's `pdfimages -list` reads them: pixel size and resolution on the page (masks left out). */
export function pdfImages(file: string): PdfImage[] {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/u))
    .filter((cols) => cols.length >= 14 && cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]), xPpi: Number(cols[12]), yPpi: Number(cols[13]) }));
}
