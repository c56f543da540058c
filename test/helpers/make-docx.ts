import { AlignmentType, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, SectionType, TextRun } from 'docx';

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
