import type { Template } from '../../../core/model/template.ts';

/** Generic families each program's fallback chain ends in, so Linux shows a Chinese face too. */
const SERIF = '"Noto Serif CJK SC", "AR PL UMing CN", serif';
const SANS = '"Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif';
const KAI = '"AR PL UKai CN", "Noto Serif CJK SC", serif';

function family(fonts: string[], fallback: string): string {
  return [...fonts.map((f) => `"${f}"`), fallback].join(', ');
}

/**
 * The template's page and type as CSS variables, so the editor shows text with the fonts, sizes
 * and measure the DOCX will print.
 */
export function templateStyle(t: Template): string {
  const s = t.styles;
  const p = s.page;
  const linePt = ((p.heightMm - p.marginTopMm - p.marginBottomMm) / p.linesPerPage / 25.4) * 72;
  const latin = s.latin.fonts.map((f) => `"${f}"`).join(', ');
  return `:root {
  --bj-page-width: ${p.widthMm}mm;
  --bj-margin-top: ${p.marginTopMm}mm;
  --bj-margin-bottom: ${p.marginBottomMm}mm;
  --bj-margin-left: ${p.marginLeftMm}mm;
  --bj-margin-right: ${p.marginRightMm}mm;
  --bj-line: ${linePt.toFixed(2)}pt;
  --bj-body-font: ${latin}, ${family(s.body.fonts, SERIF)};
  --bj-body-size: ${s.body.sizePt}pt;
  --bj-indent: ${s.body.firstLineIndentChars ?? 2}em;
  --bj-title-font: ${latin}, ${family(s.title.fonts, SERIF)};
  --bj-title-size: ${s.title.sizePt}pt;
  --bj-subtitle-font: ${family(s.subtitle.fonts, KAI)};
  --bj-h1-font: ${family(s.heading1.fonts, SANS)};
  --bj-h2-font: ${family(s.heading2.fonts, KAI)};
  --bj-h3-font: ${family(s.heading3.fonts, SERIF)};
  --bj-h3-weight: ${s.heading3.bold ? 700 : 400};
  --bj-h4-font: ${family(s.heading4.fonts, SERIF)};
  --bj-section-font: ${family(s.sectionHeading.fonts, SANS)};
  --bj-byline-font: ${family(s.byline.fonts, KAI)};
  --bj-caption-font: ${family(s.caption.fonts, KAI)};
  --bj-caption-size: ${s.caption.sizePt}pt;
  --bj-masthead-font: ${family(s.masthead.titleFonts, SERIF)};
  --bj-masthead-size: ${s.masthead.titleSizePt}pt;
  --bj-red: ${s.masthead.color};
  --bj-footer-font: ${family(s.footer.fonts, SERIF)};
  --bj-footer-size: ${s.footer.sizePt}pt;
}`;
}
