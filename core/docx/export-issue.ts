import type { IssueContent } from '../model/issue.ts';
import type { IssueLayout } from '../layout/layout-issue.ts';
import type { Pagination } from '../layout/paginate.ts';
import { printableIssue, type PhotoBytes } from '../layout/printable-issue.ts';
import { writeDocx } from './write-docx.ts';

export interface DocxExport {
  bytes: Uint8Array;
  layout: IssueLayout;
  pagination: Pagination;
  /** What could not be printed, in Chinese. The issue itself is never changed. */
  problems: string[];
}

/** Lays out an issue and writes it as a paginated DOCX. */
export async function exportIssueDocx(stored: IssueContent, photos: PhotoBytes): Promise<DocxExport> {
  const { layout, photos: printable, problems } = printableIssue(stored, photos);
  const bytes = await writeDocx(layout.print, layout.pagination, layout.geometry, printable);
  return { bytes, layout, pagination: layout.pagination, problems };
}
