import type { Template } from '../model/template.ts';

export const TWIPS_PER_PT = 20;
const PT_PER_MM = 72 / 25.4;

/** The page of a template in the units the layout and the DOCX writer need. */
export interface PageGeometry {
  widthTwips: number;
  heightTwips: number;
  marginTwips: { top: number; bottom: number; left: number; right: number };
  /** Width of the text block in points. */
  textWidthPt: number;
  linesPerPage: number;
  /** One grid line: the text block's height over the lines of a page (579 twips for GB/T 9704). */
  linePitchTwips: number;
  linePitchPt: number;
}

const twips = (mm: number) => Math.round(mm * PT_PER_MM * TWIPS_PER_PT);

export function pageGeometry(template: Template): PageGeometry {
  const p = template.styles.page;
  const textHeightMm = p.heightMm - p.marginTopMm - p.marginBottomMm;
  const linePitchTwips = Math.floor(twips(textHeightMm) / p.linesPerPage);
  const widthTwips = twips(p.widthMm);
  const marginTwips = { top: twips(p.marginTopMm), bottom: twips(p.marginBottomMm), left: twips(p.marginLeftMm), right: twips(p.marginRightMm) };
  return {
    widthTwips,
    heightTwips: twips(p.heightMm),
    marginTwips,
    // The width the DOCX sets, from its rounded margins: 8,845 twips, where 156 mm is 8,844.1.
    textWidthPt: (widthTwips - marginTwips.left - marginTwips.right) / TWIPS_PER_PT,
    linesPerPage: p.linesPerPage,
    linePitchTwips,
    linePitchPt: linePitchTwips / TWIPS_PER_PT,
  };
}

/**
 * Character spacing that fits exactly `charsPerLine` characters of a size on the text width
 * (GB/T 9704: 28 of 3号 on 156 mm), rounded down to the twentieth of a point DOCX stores.
 */
export function gridSpacingPt(geometry: PageGeometry, sizePt: number, charsPerLine: number): number {
  const exact = geometry.textWidthPt / charsPerLine - sizePt;
  return Math.floor(exact * TWIPS_PER_PT) / TWIPS_PER_PT;
}
