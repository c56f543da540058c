import { strFromU8 } from 'fflate';
import { UserError } from '../../../core/api/user-error.ts';
import type { WordDocument } from '../../../core/cleanup/word-document.ts';
import { readDocx } from '../../../core/word/read-docx.ts';
import { checkedDocx, DOCX_LIMITS } from './docx-zip.ts';

const MB = 1024 * 1024;

/**
 * A contributor's .docx as a WordDocument: its parts checked and unpacked (pictures within their
 * budget, see docx-zip.ts), then read from their XML (core/word/read-docx.ts). A package whose
 * XML does not parse, or nests deeper than any office writes, is named as damaged.
 */
export function docxDocument(name: string, bytes: Uint8Array): WordDocument {
  const { parts, picturesLeftOut } = checkedDocx(name, bytes, { pictures: true });
  const text = (path: string) => (parts[path] ? strFromU8(parts[path]) : undefined);
  const document = text('word/document.xml');
  if (!document) throw new UserError(`“${name}”不是有效的 .docx 文件，可能已损坏。`);
  const headers = Object.keys(parts)
    .filter((p) => /^word\/(?:header|footer)\d*\.xml$/iu.test(p))
    .sort()
    .map((p) => text(p)!);
  let doc: WordDocument;
  try {
    doc = readDocx({
      document,
      styles: text('word/styles.xml'),
      numbering: text('word/numbering.xml'),
      footnotes: text('word/footnotes.xml'),
      endnotes: text('word/endnotes.xml'),
      relationships: text('word/_rels/document.xml.rels'),
      headers,
      media: (path) => parts[path],
    });
  } catch {
    throw new UserError(`“${name}”不是有效的 .docx 文件，可能已损坏。`);
  }
  if (picturesLeftOut)
    doc.problems.push(`文件中的图片合计超过 ${DOCX_LIMITS.pictureBytes / MB} MB，其余 ${picturesLeftOut} 张未能读出，已留空照片位，请另行提供照片`);
  return doc;
}
