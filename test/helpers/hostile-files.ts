import { Zip, ZipDeflate, Zlib, strToU8 } from 'fflate';
import { contributorDocx, encryptedDocx } from './make-docx.ts';
import { seededRandom } from './random.ts';

/** A file a hostile or broken submission could be, and what the import must say of it. */
export interface HostileFile {
  name: string;
  bytes: Buffer;
  message: RegExp;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A .docx whose word/document.xml is `head`, then `repeat` as many times as `times`, then `tail`:
 * streamed through the compressor, so a 400 MB part never sits in the test's memory.
 */
function streamedDocx(head: string, repeat: string, times: number, tail: string): Buffer {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const add = (name: string, chunks: () => Iterable<Uint8Array>) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    for (const chunk of chunks()) file.push(chunk);
    file.push(new Uint8Array(0), true);
  };
  add('[Content_Types].xml', () => [strToU8(CONTENT_TYPES)]);
  add('_rels/.rels', () => [strToU8(RELS)]);
  add('word/document.xml', function* () {
    yield strToU8(head);
    const perBlock = Math.max(1, Math.floor(MB / Math.max(1, repeat.length)));
    for (let done = 0; done < times; done += perBlock) yield strToU8(repeat.repeat(Math.min(perBlock, times - done)));
    yield strToU8(tail);
  });
  zip.end();
  return Buffer.concat(out);
}

/**
 * A one-page PDF whose page content is `megabytes` of spaces before a word, compressed (Flate) as
 * it streams, so the test never holds it unpacked: pdf.js would unpack all of it in memory.
 */
function pdfBomb(megabytes: number): Buffer {
  const parts: Uint8Array[] = [];
  const deflate = new Zlib({ level: 9 }, (chunk) => parts.push(chunk));
  const spaces = new Uint8Array(MB).fill(0x20);
  for (let i = 0; i < megabytes; i++) deflate.push(spaces);
  deflate.push(strToU8('BT /F1 12 Tf 72 700 Td (x) Tj ET'), true);
  const stream = Buffer.concat(parts);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = Buffer.from('%PDF-1.7\n');
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    const body =
      o === null
        ? Buffer.concat([Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream\nendobj\n')])
        : Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`);
    pdf = Buffer.concat([pdf, body]);
  });
  const table = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  return Buffer.concat([pdf, Buffer.from(`xref\n0 6\n0000000000 65535 f \n${table}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${pdf.length}\n%%EOF\n`)]);
}

const MB = 1024 * 1024;
const DOC_HEAD = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`;
const DOC_TAIL = '</w:body></w:document>';
const PARAGRAPH = '<w:p><w:r><w:t>学习贯彻党的二十大精神，推动高质量发展。</w:t></w:r></w:p>';
const NESTING = 20_000;

/**
 * The hostile and broken files of issue 10, made in the test (nothing big is committed): a zip
 * bomb, 60 MB of XML in a small .docx, XML nested 20,000 deep (under the size that trips the ratio check, so the parser itself meets it), an entity-expansion document, a
 * truncated zip, an empty file, random bytes named .txt and a .docx with a password; a PDF that
 * unpacks to 300 MB, half a PDF, and random bytes behind an old Word file's signature.
 */
export async function hostileFiles(): Promise<HostileFile[]> {
  const good = await contributorDocx('学思践悟新思想 知行合一担使命', ['通过学习，我深刻认识到“两个确立”的决定性意义。'], '陆有峰');
  const next = seededRandom(10);
  const noise = Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(next() * 256)));
  const laughs = [
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`),
    `]><w:document ${W}><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>`,
  ].join('');
  return [
    { name: '压缩炸弹.docx', bytes: streamedDocx(DOC_HEAD, ' '.repeat(1024), (400 * MB) / 1024, DOC_TAIL), message: /“压缩炸弹.docx”中的“word\/document.xml”解压后有 400 MB/ },
    {
      name: '六十兆文字.docx',
      bytes: streamedDocx(DOC_HEAD, PARAGRAPH, Math.ceil((60 * MB) / Buffer.byteLength(PARAGRAPH)), DOC_TAIL),
      message: /“六十兆文字.docx”(中的“word\/document.xml”压缩比异常|的文字部分解压后超过)/,
    },
    {
      name: '层层嵌套.docx',
      bytes: streamedDocx(`${DOC_HEAD}<w:p>`, '<w:sdt><w:sdtContent>', NESTING, `${'</w:sdtContent></w:sdt>'.repeat(NESTING)}</w:p>${DOC_TAIL}`),
      // A reader that recursed this deep would run out of stack: in the worker, which ends alone; ours names the file as damaged.
      message: /“层层嵌套.docx”不是有效的 .docx 文件/,
    },
    { name: '实体膨胀.docx', bytes: streamedDocx(laughs, '', 0, ''), message: /“实体膨胀.docx”含有 Word 文件不会有的文档类型声明/ },
    { name: '截断.docx', bytes: good.subarray(0, Math.floor(good.length / 2)), message: /“截断.docx”不是有效的 .docx 文件/ },
    { name: '空文件.docx', bytes: Buffer.alloc(0), message: /“空文件.docx”是空文件/ },
    { name: '乱码.txt', bytes: noise, message: /“乱码.txt”不是文字文件/ },
    { name: '加密.docx', bytes: encryptedDocx(), message: /“加密.docx”设有打开密码/ },
    { name: '压缩炸弹.pdf', bytes: pdfBomb(300), message: /“压缩炸弹.pdf”中有一段数据解压后超过 64 MB/ },
    { name: '半个.pdf', bytes: pdfBomb(1).subarray(0, 200), message: /“半个.pdf”不是有效的 PDF 文件/ },
    { name: '乱码.doc', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise]), message: /“乱码.doc”无法读取/ },
  ];
}
