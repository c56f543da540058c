import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { UserError } from '../../../core/api/user-error.ts';
import { cleanArticle, type CleanArticle } from '../../../core/cleanup/clean-article.ts';
import { textToBlocks } from '../../../core/cleanup/from-text.ts';
import { domToBlocks } from '../../../core/cleanup/from-dom.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** HTML read into a DOM that never runs or loads anything: only its text and structure are used. */
export function htmlBlocks(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToBlocks(document.body);
}

function decodeText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // Text saved by older Chinese Windows programs is GB18030; UTF-8 decoding shows it as U+FFFD.
  if ((utf8.match(/\uFFFD/gu)?.length ?? 0) > 3) return new TextDecoder('gb18030').decode(bytes);
  return utf8;
}

/**
 * Reads a contributor's file (.docx, .html or .txt) into a cleaned article. A file that is not
 * what its name says gets a Chinese message naming it.
 */
export async function readManuscript(name: string, bytes: Uint8Array): Promise<CleanArticle> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.docx')) {
    if (startsWith(bytes, OLE)) {
      const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
      throw new UserError(
        encrypted
          ? `“${name}”设有打开密码，无法读取。请在 Word 或 WPS 中取消密码后再导入。`
          : `“${name}”其实是旧版 .doc 或 .wps 文件，只是扩展名为 .docx。请在 Word 或 WPS 中另存为 .docx 后再导入。`,
      );
    }
    if (!startsWith(bytes, ZIP)) throw new UserError(`“${name}”不是有效的 .docx 文件，可能已损坏。`);
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    } catch {
      throw new UserError(`“${name}”不是有效的 .docx 文件，可能已损坏。`);
    }
    return cleanArticle(htmlBlocks(html));
  }
  if (lower.endsWith('.doc') || lower.endsWith('.wps'))
    throw new UserError(`“${name}”是旧版 Word/WPS 格式，请在 Word 或 WPS 中另存为 .docx 后再导入。`);
  const text = decodeText(bytes);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return cleanArticle(htmlBlocks(text));
  if (lower.endsWith('.txt') || lower.endsWith('.md') || !lower.includes('.')) return cleanArticle(textToBlocks(text));
  throw new UserError(`不支持“${name}”这种文件，请导入 .docx、.txt 或 .html 稿件。`);
}
