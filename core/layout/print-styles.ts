import type { Template } from '../model/template.ts';
import type { ParaStyle } from './print-model.ts';
import { gridSpacingPt, type PageGeometry } from './page-geometry.ts';

export type Role =
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'quote'
  | 'editorsNote'
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'sectionHeading'
  | 'caption'
  | 'tocHeading'
  | 'toc'
  | 'mastheadLine'
  | 'theme'
  | 'closing';

/** The paragraph style of each role, from the template's styles and the page's grid. */
export function printStyles(template: Template, geometry: PageGeometry, charsPerLine: number): Record<Role, ParaStyle> {
  const s = template.styles;
  const base = (fonts: string[], sizePt: number, over: Partial<ParaStyle> = {}): ParaStyle => ({
    fonts,
    sizePt,
    spacingPt: gridSpacingPt(geometry, sizePt, Math.round(charsPerLine * (s.body.sizePt / sizePt))),
    bold: false,
    align: 'justify',
    firstIndentPt: 0,
    leftIndentPt: 0,
    rightIndentPt: 0,
    ...over,
  });
  const indent = (s.body.firstLineIndentChars ?? 2) * s.body.sizePt;
  const heading = (h: typeof s.heading1) => base(h.fonts, h.sizePt, { bold: h.bold ?? false, firstIndentPt: indent });
  const body = base(s.body.fonts, s.body.sizePt, { firstIndentPt: indent });
  // Titles are not fitted to the grid: they keep the document's default spacing, the body's, which
  // Word, WPS and LibreOffice apply to a run that sets none (a 20-character 2号 title fits one line).
  const unfitted = body.spacingPt;
  return {
    body,
    heading1: heading(s.heading1),
    heading2: heading(s.heading2),
    heading3: heading(s.heading3),
    heading4: heading(s.heading4),
    quote: base(s.subtitle.fonts, s.body.sizePt, { firstIndentPt: indent, leftIndentPt: indent, rightIndentPt: indent }),
    editorsNote: base(s.subtitle.fonts, s.body.sizePt, { firstIndentPt: indent, leftIndentPt: indent, rightIndentPt: indent }),
    title: base(s.title.fonts, s.title.sizePt, { align: 'center', spacingPt: unfitted }),
    subtitle: base(s.subtitle.fonts, s.subtitle.sizePt, { align: 'center' }),
    byline: base(s.byline.fonts, s.byline.sizePt, { align: 'right' }),
    sectionHeading: base(s.sectionHeading.fonts, s.sectionHeading.sizePt, { align: 'left' }),
    caption: base(s.caption.fonts, s.caption.sizePt, { align: 'center' }),
    tocHeading: base(s.sectionHeading.fonts, s.title.sizePt, { align: 'center', spacingPt: unfitted }),
    toc: base(s.body.fonts, s.body.sizePt, { align: 'left' }),
    mastheadLine: base(s.body.fonts, s.body.sizePt, { align: 'center' }),
    theme: base(s.title.fonts, s.body.sizePt + 2, { align: 'center', spacingPt: unfitted }),
    closing: base(s.footer.fonts, s.footer.sizePt, { align: 'left', leftIndentPt: s.footer.sizePt, rightIndentPt: s.footer.sizePt }),
  };
}
