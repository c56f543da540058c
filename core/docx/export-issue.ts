import type { IssueContent } from '../model/issue.ts';
import { imageSize } from '../model/image-size.ts';
import { layoutIssue } from '../layout/layout-issue.ts';
import type { Pagination } from '../layout/paginate.ts';
import { writeDocx, type PhotoBytes } from './write-docx.ts';
import { nonXmlProblem, xmlSafeIssue } from '../model/xml-chars.ts';

const PRINTABLE = new Set(['image/png', 'image/jpeg', 'image/gif']);

export interface DocxExport {
  bytes: Uint8Array;
  pagination: Pagination;
  /** What could not be printed, in Chinese. The issue itself is never changed. */
  problems: string[];
}

/**
 * Lays out an issue and writes it as a paginated DOCX. Characters XML cannot hold are left out of
 * the file (Word would refuse it) and listed among the problems.
 */
export async function exportIssueDocx(stored: IssueContent, photos: PhotoBytes): Promise<DocxExport> {
  const { issue, report } = xmlSafeIssue(stored);
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
  const { print, pagination, geometry } = layoutIssue(issue, sizes);
  const bytes = await writeDocx(print, pagination, geometry, printable);
  const damaged = nonXmlProblem(report);
  return { bytes, pagination, problems: [...new Set([...unprintable, ...print.problems, ...(damaged ? [damaged] : [])])] };
}
