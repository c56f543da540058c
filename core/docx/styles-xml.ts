import type { ParaStyle } from '../layout/print-model.ts';
import { TWIPS_PER_PT, type PageGeometry } from '../layout/page-geometry.ts';
import { LATIN_FONT } from './fonts.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function runProperties(style: ParaStyle): string {
  const size = Math.round(style.sizePt * 2);
  return (
    `<w:rFonts w:ascii="${LATIN_FONT}" w:hAnsi="${LATIN_FONT}" w:cs="${LATIN_FONT}" w:eastAsia="${escape(style.fonts[0]!)}" w:hint="eastAsia"/>` +
    `<w:spacing w:val="${Math.round(style.spacingPt * TWIPS_PER_PT)}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
  );
}

export const TOC_STYLE = 'JianbaoToc';

/**
 * The document's styles. Every paragraph defaults to exact grid-line spacing, no widow control and
 * no snapping to the grid: exact spacing is what Word and WPS follow, and without the snapping
 * LibreOffice lays a 2号 title on one grid line as they do. The 目录 entries' style gives the page
 * number fields their font and size.
 */
export function stylesXml(geometry: PageGeometry, body: ParaStyle, toc: ParaStyle): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${runProperties(body)}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${geometry.linePitchTwips}" w:lineRule="exact"/></w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    `<w:style w:type="paragraph" w:styleId="${TOC_STYLE}"><w:name w:val="简报目录"/><w:basedOn w:val="Normal"/><w:rPr>${runProperties(toc)}</w:rPr></w:style>` +
    '</w:styles>'
  );
}
