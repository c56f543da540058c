import { strFromU8 } from 'fflate';
import { UserError } from '../../../core/api/user-error.ts';
import { readReview, type ReadReview } from '../../../core/review/read-review.ts';
import { checkedDocx } from './docx-zip.ts';

/**
 * A returned 送审稿, read: the package is checked as a contributor's .docx is (size, count and ratio
 * of its entries), then its document, comments (with their threads), headers, footers and custom
 * properties are parsed.
 */
export function readReviewDocx(name: string, bytes: Uint8Array): ReadReview {
  const { parts } = checkedDocx(name, bytes);
  const text = (path: string) => (parts[path] ? strFromU8(parts[path]) : undefined);
  const document = text('word/document.xml');
  if (!document) throw new UserError(`“${name}”不是 Word 文档（.docx），无法读取其中的修订和批注。`);
  try {
    const named = (pattern: RegExp) => Object.keys(parts).filter((p) => pattern.test(p)).sort().map((p) => text(p)!);
    return readReview({
      document,
      comments: text('word/comments.xml'),
      commentsExtended: text('word/commentsExtended.xml'),
      custom: text('docProps/custom.xml'),
      headers: named(/^word\/header\d*\.xml$/u),
      footers: named(/^word\/footer\d*\.xml$/u),
    });
  } catch {
    throw new UserError(`“${name}”内容已损坏，无法读取其中的修订和批注。请让审阅人重新保存后再发来。`);
  }
}
