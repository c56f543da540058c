import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

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
