import WordExtractor from 'word-extractor';
import { UserError } from '../../../core/api/user-error.ts';

/** word-extractor's document takes an option its published types leave out. */
interface BodyReader {
  getBody(options: { filterUnicode: boolean }): string;
}

/**
 * The text of an old Word (.doc, Word 97–2003) or WPS file, one paragraph a line (word-extractor:
 * it reads the document's text stream only, and runs no macro). What it cannot read gets the
 * message to save the file as .docx.
 */
export async function docText(name: string, bytes: Uint8Array): Promise<string> {
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    // Its default turns “ ” into straight quotes: the contributor's own marks are kept.
    return (doc as unknown as BodyReader).getBody({ filterUnicode: false });
  } catch {
    throw new UserError(`“${name}”无法读取，可能是较旧或已损坏的 Word/WPS 文件。请在 Word 或 WPS 中另存为 .docx 后再导入。`);
  }
}
