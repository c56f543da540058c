import type { IFontAttributesProperties } from 'docx';

/** Digits and Latin letters are set in Times New Roman beside the Chinese face (GB/T 9704). */
export const LATIN_FONT = 'Times New Roman';

export function runFonts(eastAsia: string): IFontAttributesProperties {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia, hint: 'eastAsia' };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The font table, with each Chinese face's alternative (`仿宋_GB2312` → `仿宋`): Word and WPS use
 * `w:altName` when a face is missing, so every program finds one.
 */
export function fontTableXml(faces: Map<string, string[]>): string {
  const fonts = [...faces]
    .map(([name, alternatives]) => {
      const alt = alternatives[0] ? `<w:altName w:val="${escape(alternatives[0])}"/>` : '';
      const cjk = name === LATIN_FONT ? '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>' : '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>';
      return `<w:font w:name="${escape(name)}">${alt}${cjk}</w:font>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}
