import type { Template } from '../../../core/model/template.ts';

/** Generic families each program's fallback chain ends in, so Linux shows a Chinese face too. */
const SERIF = '"Noto Serif CJK SC", "AR PL UMing CN", serif';
const SANS = '"Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif';
const KAI = '"AR PL UKai CN", "Noto Serif CJK SC", serif';

/** The DOCX sets digits and Latin letters of every run in the template's Latin face (core/docx/fonts.ts). */
function family(latin: string[], fonts: string[], fallback: string): string {
  return [...[...latin, ...fonts].map((f) => `"${f}"`), fallback].join(', ');
}

/**
 * The template's page and type as CSS variables, so the editor shows text with the fonts, sizes
 * and measure the DOCX will print.
 */
export function templateStyle(t: Template): string {
  const s = t.styles;
  const p = s.page;
  const linePt = ((p.heightMm - p.marginTopMm - p.marginBottomMm) / p.linesPerPage / 25.4) * 72;
  const face = (fonts: string[], fallback: string) => family(s.latin.fonts, fonts, fallback);
  const headings = ([s.heading1, s.heading2, s.heading3, s.heading4] as const)
    .map((h, i) => `  --bj-h${i + 1}-size: ${h.sizePt}pt;\n  --bj-h${i + 1}-weight: ${h.bold ? 700 : 400};`)
    .join('\n');
  return `:root {
  --bj-text-width: ${p.widthMm - p.marginLeftMm - p.marginRightMm}mm;
  --bj-margin-top: ${p.marginTopMm}mm;
  --bj-margin-bottom: ${p.marginBottomMm}mm;
  --bj-margin-left: ${p.marginLeftMm}mm;
  --bj-margin-right: ${p.marginRightMm}mm;
  --bj-line: ${linePt.toFixed(2)}pt;
  --bj-body-font: ${face(s.body.fonts, SERIF)};
  --bj-body-size: ${s.body.sizePt}pt;
  --bj-indent: ${s.body.firstLineIndentChars ?? 2}em;
  --bj-title-font: ${face(s.title.fonts, SERIF)};
  --bj-title-size: ${s.title.sizePt}pt;
  --bj-subtitle-font: ${face(s.subtitle.fonts, KAI)};
  --bj-h1-font: ${face(s.heading1.fonts, SANS)};
  --bj-h2-font: ${face(s.heading2.fonts, KAI)};
  --bj-h3-font: ${face(s.heading3.fonts, SERIF)};
  --bj-h4-font: ${face(s.heading4.fonts, SERIF)};
${headings}
  --bj-section-font: ${face(s.sectionHeading.fonts, SANS)};
  --bj-byline-font: ${face(s.byline.fonts, KAI)};
  --bj-caption-font: ${face(s.caption.fonts, KAI)};
  --bj-caption-size: ${s.caption.sizePt}pt;
  --bj-masthead-font: ${face(s.masthead.titleFonts, SERIF)};
  --bj-masthead-size: ${s.masthead.titleSizePt}pt;
  --bj-red: ${s.masthead.color};
  --bj-footer-font: ${face(s.footer.fonts, SERIF)};
  --bj-footer-size: ${s.footer.sizePt}pt;
}`;
}
