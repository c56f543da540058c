import { parseHTML } from 'linkedom';
import { UserError } from '../../../core/api/user-error.ts';
import { cleanArticle, type CleanOptions } from '../../../core/cleanup/clean-article.ts';
import { textToBlocks } from '../../../core/cleanup/from-text.ts';
import { domToBlocks } from '../../../core/cleanup/from-dom.ts';
import { webArticle } from '../../../core/cleanup/from-web.ts';
import { blockText, type RawBlock } from '../../../core/cleanup/raw-block.ts';
import { docxDocument } from './docx-document.ts';
import { wordManuscript } from './word-manuscript.ts';
import type { Manuscript } from './manuscript-result.ts';
import { pdfToBlocks } from '../../../core/cleanup/from-pdf.ts';
import { pdfPages } from './pdf-text.ts';
import { checkPdf } from './pdf-check.ts';
import { readDoc } from './word97/read-doc.ts';
import type { WordDocument } from '../../../core/cleanup/word-document.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const MB = 1024 * 1024;
/**
 * The largest file each reader is given. A text or web page longer than 4 MB is no essay (its
 * cleanup would run for minutes); an old Word file or a PDF holds pictures and fonts beside its
 * text, and their readers hold all of it in memory.
 */
const MAX_BYTES = { text: 4 * MB, doc: 32 * MB, pdf: 50 * MB };

function refuseOversize(name: string, bytes: Uint8Array, limit: number, advice = ''): void {
  if (bytes.length > limit) throw new UserError(`“${name}”有 ${Math.round(bytes.length / MB)} MB，远超一篇稿件的篇幅，未导入。${advice}`);
}

/** What Word and WPS save when a document has an opening password: an OLE container holding an `EncryptedPackage` stream. */
function refuseEncrypted(name: string, bytes: Uint8Array): void {
  if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new UserError(`“${name}”设有打开密码，无法读取。请在 Word 或 WPS 中取消密码后再导入。`);
}

/** HTML read into a DOM that never runs or loads anything: only its text and structure are used. */
export function htmlBlocks(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToBlocks(document.body);
}

/** A saved web page: its article (readability), the frame it leaves out listed as removed. */
function webManuscript(html: string): Manuscript {
  const { document } = parseHTML(/<html[\s>]/iu.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const original = domToBlocks(document.body).map(blockText).join('\n');
  const { blocks, frame } = webArticle(document);
  // A web page has no printed pages: a line its article repeats (a share button's label) is no running head.
  return { article: cleanArticle(blocks, { removed: frame, headsFound: true }), pictures: [], original };
}

function decodeText(name: string, bytes: Uint8Array): string {
  refuseOversize(name, bytes, MAX_BYTES.text, '请拆分后再导入。');
  // Notepad's 「Unicode」 is UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // Other text never holds NUL: a file with it is not text at all.
  if (utf8.includes('\0')) throw new UserError(`“${name}”不是文字文件，可能已损坏，或者并非稿件。`);
  // Text saved by older Chinese Windows programs is GB18030; UTF-8 decoding shows it as U+FFFD.
  if ((utf8.match(/\uFFFD/gu)?.length ?? 0) > 3) return new TextDecoder('gb18030').decode(bytes);
  return utf8;
}

/** A .docx read from its own XML (numbering, tables, notes, pictures: see core/word/read-docx.ts). */
function docxWord(name: string, bytes: Uint8Array): WordDocument {
  if (startsWith(bytes, OLE)) {
    refuseEncrypted(name, bytes);
    throw new UserError(`“${name}”其实是旧版 .doc 或 .wps 文件，只是扩展名为 .docx。请在 Word 或 WPS 中另存为 .docx 后再导入。`);
  }
  if (!startsWith(bytes, ZIP)) throw new UserError(`“${name}”不是有效的 .docx 文件，可能已损坏。`);
  return docxDocument(name, bytes);
}

/** An old Word (.doc) or WPS (.wps) file, read by its structure into the same shape a .docx gives; what its reader could not read comes back as its problems. */
function docWord(name: string, bytes: Uint8Array): WordDocument {
  if (!startsWith(bytes, OLE)) throw new UserError(`“${name}”不是有效的 Word/WPS 文件，可能已损坏。`);
  refuseEncrypted(name, bytes);
  refuseOversize(name, bytes, MAX_BYTES.doc);
  return readDoc(name, bytes);
}

/** A Word or WPS file (.docx, .doc, .wps, a .docx saved under the old name too) as its reader gives it; null for another kind of file. */
export function wordDocumentOf(name: string, bytes: Uint8Array): WordDocument | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.docx')) return docxWord(name, bytes);
  // A .docx saved with the old name is read as the .docx it is.
  if ((lower.endsWith('.doc') || lower.endsWith('.wps')) && startsWith(bytes, ZIP)) return docxWord(name, bytes);
  if (lower.endsWith('.doc') || lower.endsWith('.wps')) return docWord(name, bytes);
  return null;
}

/** A PDF's lines as blocks, after the checks that refuse a broken, oversized or scanned one. */
export async function pdfBlocks(name: string, bytes: Uint8Array) {
  if (!startsWith(bytes, PDF)) throw new UserError(`“${name}”不是有效的 PDF 文件，可能已损坏。`);
  refuseOversize(name, bytes, MAX_BYTES.pdf);
  checkPdf(name, bytes);
  return pdfToBlocks(await pdfPages(name, bytes));
}


/** Blocks of text cleaned into an article; their text as it came is the original. */
function fromBlocks(blocks: RawBlock[], options: CleanOptions = {}): Manuscript {
  return { article: cleanArticle(blocks, options), pictures: [], original: blocks.map(blockText).join('\n') };
}

/**
 * Reads a contributor's file (.docx, .doc, .wps, .pdf, .html or .txt) into a cleaned article. A file that is not
 * what its name says, or too large to be an essay, gets a Chinese message naming it. This runs
 * inside a worker (see manuscript.ts), never where a hostile file could take the app down.
 */
export async function parseManuscript(name: string, bytes: Uint8Array): Promise<Manuscript> {
  const lower = name.toLowerCase();
  if (!bytes.length) throw new UserError(`“${name}”是空文件，里面没有稿件。`);
  const word = wordDocumentOf(name, bytes);
  if (word) return wordManuscript(word);
  // A PDF's running heads are found from its margins: lines repeated in its text are its own (a table's cells).
  if (lower.endsWith('.pdf')) return fromBlocks(await pdfBlocks(name, bytes), { headsFound: true });
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return webManuscript(decodeText(name, bytes));
  if (lower.endsWith('.txt') || lower.endsWith('.md') || !lower.includes('.')) return fromBlocks(textToBlocks(decodeText(name, bytes)));
  throw new UserError(`不支持“${name}”这种文件，请导入 .docx、.doc、.wps、.pdf、.txt 或 .html 稿件。`);
}
