import type { IssueContent } from '../model/issue.ts';
import type { IssueLayout } from '../layout/layout-issue.ts';
import type { Pagination } from '../layout/paginate.ts';
import { printableIssue, type PhotoBytes } from '../layout/printable-issue.ts';
import { writeDocx } from './write-docx.ts';
import type { ReviewCopy } from './review-copy.ts';
import { anchorOfSource } from '../review/anchors.ts';

export interface DocxExport {
  bytes: Uint8Array;
  layout: IssueLayout;
  pagination: Pagination;
  /** What could not be printed, in Chinese. The issue itself is never changed. */
  problems: string[];
}

/** Lays out an issue and writes it as a paginated DOCX; a 送审稿 also carries its anchors (`review`). */
export async function exportIssueDocx(stored: IssueContent, photos: PhotoBytes, review?: ReviewCopy): Promise<DocxExport> {
  const { layout, photos: printable, problems } = printableIssue(stored, photos);
  const anchors = review ? { copy: review, anchor: anchorOfSource(stored.doc) } : undefined;
  const bytes = await writeDocx(layout.print, layout.pagination, layout.geometry, printable, anchors);
  return { bytes, layout, pagination: layout.pagination, problems };
}
