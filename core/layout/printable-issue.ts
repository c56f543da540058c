import type { IssueContent } from '../model/issue.ts';
import { imageSize } from '../model/image-size.ts';
import { nonXmlProblem, xmlSafeIssue } from '../model/xml-chars.ts';
import { layoutIssue, type IssueLayout } from './layout-issue.ts';
import { withoutReview } from '../review/without-review.ts';

/** A stored photo's bytes and type, for embedding. */
export type PhotoBytes = (hash: string) => { bytes: Uint8Array; mime: string } | null;

const PRINTABLE = new Set(['image/png', 'image/jpeg', 'image/gif']);

export interface PrintableIssue {
  layout: IssueLayout;
  /** The photos that can be printed; the others are left out and listed among the problems. */
  photos: PhotoBytes;
  /** What could not be printed, in Chinese. The issue itself is never changed. */
  problems: string[];
}

/**
 * Lays out an issue for print, the one layout the DOCX and the PDF are written from. Characters
 * XML cannot hold are left out (Word would refuse the file) and listed among the problems. Open
 * suggestions and comments print only in a copy `withMarks`; a clean one is the clerk's own text.
 */
export function printableIssue(stored: IssueContent, photos: PhotoBytes, withMarks = false): PrintableIssue {
  const { issue, report } = xmlSafeIssue(withMarks ? stored : { ...stored, doc: withoutReview(stored.doc) });
  const unprintable: string[] = [];
  const printable: PhotoBytes = (hash) => {
    const photo = photos(hash);
    if (!photo || !PRINTABLE.has(photo.mime) || !imageSize(photo.bytes)) return null;
    return photo;
  };
  const sizes = (hash: string) => {
    const photo = printable(hash);
    if (!photo && photos(hash)?.mime === 'image/webp') unprintable.push('WebP 格式的照片无法放入 DOCX，请改用 JPG 或 PNG 格式。');
    return photo ? imageSize(photo.bytes) : null;
  };
  const layout = layoutIssue(issue, sizes);
  const damaged = nonXmlProblem(report);
  return { layout, photos: printable, problems: [...new Set([...unprintable, ...layout.print.problems, ...(damaged ? [damaged] : [])])] };
}
