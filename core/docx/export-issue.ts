import type { IssueContent } from '../model/issue.ts';
import type { IssueLayout } from '../layout/layout-issue.ts';
import type { Pagination } from '../layout/paginate.ts';
import { printableIssue, type PhotoSource } from '../layout/printable-issue.ts';
import type { EmbeddedPhoto } from '../model/export-size.ts';
import { writeDocx } from './write-docx.ts';
import type { ZipParts } from './zip-docx.ts';
import type { ReviewCopy } from './review-copy.ts';
import { sentAnchors } from '../review/anchors.ts';
import { withoutReview } from '../review/without-review.ts';
import { commentsOf } from '../review/comments.ts';
import { issueModel } from '../schema/doc-node.ts';
import { Transform } from 'prosemirror-transform';

export interface DocxExport {
  bytes: Uint8Array;
  layout: IssueLayout;
  pagination: Pagination;
  /** What could not be printed, in Chinese. The issue itself is never changed. */
  problems: string[];
  /** The photos embedded, for what the export says about its size. */
  photos: EmbeddedPhoto[];
}

export interface DocxOptions {
  /** A 送审稿: its anchors and the version it was made from. */
  review?: ReviewCopy;
  /** Open suggestions and comments written as Word 修订 and 批注, rather than left out. */
  withMarks?: boolean;
  /** How the package is zipped: fflate's anywhere, zlib's on the Node side. */
  zip?: ZipParts;
}

/** Lays out an issue and writes it as a paginated DOCX, clean unless asked `withMarks`. */
export async function exportIssueDocx(stored: IssueContent, photos: PhotoSource, options: DocxOptions = {}): Promise<DocxExport> {
  const issue = issueModel(stored);
  const { layout, photos: printable, problems } = await printableIssue(issue, photos, options.withMarks);
  // Anchors are named for the text as sent, which is the clean one.
  const anchors = options.review ? { copy: options.review, anchor: sentAnchors(withoutReview(new Transform(issue.doc)).doc) } : undefined;
  const comments = options.withMarks ? commentsOf(issue.doc) : undefined;
  const bytes = await writeDocx(layout.print, layout.pagination, layout.geometry, printable.photos, anchors, comments, options.zip);
  return { bytes, layout, pagination: layout.pagination, problems, photos: printable.embedded };
}
