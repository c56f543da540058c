import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const DOCUMENT = 'word/document.xml';

/**
 * Every paragraph gets `w:snapToGrid w:val="0"`. Its line spacing is exact already, which is
 * what Word and WPS follow; LibreOffice would otherwise snap a 2号 title to two grid lines. The
 * section keeps its `w:docGrid` of 22 lines, which the exact spacing fills.
 */
export function withoutGridSnapping(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files[DOCUMENT]!);
  files[DOCUMENT] = strToU8(xml.replace(/<w:spacing (w:after="\d+" w:before="\d+" w:line="\d+" w:lineRule="exact")\/>/g, '<w:snapToGrid w:val="0"/><w:spacing $1/>'));
  return zipSync(files, { level: 6 });
}
