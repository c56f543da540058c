import { AlignmentType, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, SectionType, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';

/** A real .docx of the kind contributors send: a title, a heading, paragraphs (one with bold) and a signature. */
export async function contributorDocx(title: string, paragraphs: string[], signature: string): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          new Paragraph({ children: [new TextRun({ text: '一、提高政治站位', bold: true })] }),
          ...paragraphs.map((p) => new Paragraph({ children: [new TextRun({ text: p, font: '宋体', color: 'FF0000', size: 28 })] })),
          new Paragraph({ children: [new TextRun(`（${signature}）`)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** What Word saves when a document has an opening password: an OLE container holding an `EncryptedPackage` stream. */
export function encryptedDocx(): Buffer {
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  return Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(1024)]);
}

/** An essay as a contributor's office sets it (GB/T 9704 style): what LibreOffice then saves as PDF or .doc in the tests. */
export interface Essay {
  title: string;
  byline: string;
  paragraphs: string[];
}

/**
 * The essay as a .docx set like a 公文: the title centred in 22 pt, the byline centred, the body
 * in 16 pt with a two-character first-line indent and exact 28 pt lines, and `— N —` in the footer;
 * the body in `columns` columns when asked (the title and byline then span them, in a section of their own).
 */
export async function essayDocx(essay: Essay, columns = 1): Promise<Buffer> {
  const body = { font: 'FangSong', size: 32 };
  const margin = { top: 2098, bottom: 1984, left: 1587, right: 1474 };
  const footers = {
    default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })] }),
  };
  const head = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [new TextRun({ text: essay.title, font: 'SimHei', size: 44 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [new TextRun({ text: essay.byline, font: 'KaiTi', size: 32 })] }),
  ];
  const paragraphs = essay.paragraphs.map(
    (p) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: p, ...body })] }),
  );
  const doc = new Document({
    sections:
      columns === 1
        ? [{ properties: { page: { margin } }, footers, children: [...head, ...paragraphs] }]
        : [
            { properties: { page: { margin } }, footers, children: head },
            { properties: { type: SectionType.CONTINUOUS, page: { margin }, column: { count: columns, space: 425 } }, footers, children: paragraphs },
          ],
  });
  return Packer.toBuffer(doc);
}

const WML = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const escapeXml = (t: string) => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

/**
 * A .docx whose headings are numbered as WPS numbers them (numbering.xml: 一、 （一） 1., chineseCounting),
 * the numbers nowhere in the text: a heading before every third paragraph, cycling through the levels.
 */
export function numberedDocx(title: string, paragraphs: string[]): Uint8Array {
  const lvl = (i: number, fmt: string, text: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${WML}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const para = (text: string, pPr = '') => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`;
  const body = paragraphs.flatMap((p, i) => (i % 3 === 0 ? [para(`第${i / 3 + 1}部分的小标题`, `<w:numPr><w:ilvl w:val="${(i / 3) % 3}"/><w:numId w:val="1"/></w:numPr>`), para(p)] : [para(p)]));
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document ${WML}><w:body>${para(title, '<w:jc w:val="center"/>')}${body.join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'),
    'word/document.xml': strToU8(document),
    'word/numbering.xml': strToU8(numbering),
  });
}
