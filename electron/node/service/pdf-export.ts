import type { IssueContent } from '../../../core/model/issue.ts';
import { printableIssue, type PhotoBytes } from '../../../core/layout/printable-issue.ts';
import { layoutSheets } from '../../../core/layout/sheets.ts';
import { sheetsDocument } from '../../../core/layout/sheet-html.ts';
import { photoDataUri } from './photo-uri.ts';

/** Prints an HTML document of A4 sheets to PDF: Chromium through Playwright in Node, Electron's own printToPDF in the desktop app. */
export type PrintPdf = (html: string) => Promise<{ bytes: Uint8Array; problems: string[] }>;

export interface PdfExport {
  bytes: Uint8Array;
  pages: number;
  problems: string[];
}

/**
 * The issue as a PDF, drawn from the same sheets as the page view: every line where the DOCX
 * breaks it, the 目录 linked to its pages, section headings and titles as the PDF's outline.
 */
export async function exportIssuePdf(issue: IssueContent, photos: PhotoBytes, print: PrintPdf): Promise<PdfExport> {
  const { layout, photos: printable, problems } = printableIssue(issue, photos);
  const src = (hash: string) => {
    const photo = printable(hash);
    return photo ? photoDataUri(photo) : null;
  };
  const html = sheetsDocument(layoutSheets(layout), layout.geometry, src, issue.meta.seriesTitle);
  const printed = await print(html);
  return { bytes: printed.bytes, pages: layout.pagination.totalPages, problems: [...problems, ...printed.problems] };
}
