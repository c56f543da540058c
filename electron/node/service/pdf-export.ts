import type { IssueContent } from '../../../core/model/issue.ts';
import type { EmbeddedPhoto } from '../../../core/model/export-size.ts';
import { printableIssue, type PhotoSource } from '../../../core/layout/printable-issue.ts';
import { layoutSheets } from '../../../core/layout/sheets.ts';
import { sheetsDocument } from '../../../core/layout/sheet-html.ts';
import { UserError } from '../../../core/api/user-error.ts';
import { photoDataUri } from './photo-uri.ts';
import { issueModel } from '../../../core/schema/doc-node.ts';

/** Prints an HTML document of A4 sheets to PDF: Chromium through Playwright in Node, Electron's own printToPDF in the desktop app. */
export type PrintPdf = (html: string) => Promise<{ bytes: Uint8Array; problems: string[] }>;

export interface PdfExport {
  bytes: Uint8Array;
  pages: number;
  problems: string[];
  /** The photos embedded, for what the export says about its size. */
  photos: EmbeddedPhoto[];
}

/** The issue's printed sheets as one HTML document, photos resampled for print and inside it as data: URIs. */
export async function printSheets(issue: IssueContent, photos: PhotoSource): Promise<{ html: string; pages: number; problems: string[]; photos: EmbeddedPhoto[] }> {
  const { layout, photos: printable, problems } = await printableIssue(issueModel(issue), photos);
  const src = (hash: string) => {
    const photo = printable.photos(hash);
    return photo ? photoDataUri(photo) : null;
  };
  const html = sheetsDocument(layoutSheets(layout), layout.geometry, src, issue.meta.seriesTitle);
  return { html, pages: layout.pagination.totalPages, problems, photos: printable.embedded };
}

/**
 * The issue as a PDF, drawn from the same sheets as the page view: every line where the DOCX
 * breaks it, the 目录 linked to its pages, section headings and titles as the PDF's outline.
 */
export async function exportIssuePdf(issue: IssueContent, photos: PhotoSource, print: PrintPdf): Promise<PdfExport> {
  const sheets = await printSheets(issue, photos);
  let printed: Awaited<ReturnType<PrintPdf>>;
  try {
    printed = await print(sheets.html);
  } catch (e) {
    if (e instanceof UserError) throw e;
    // The browser gives up on a document of hundreds of megabytes: what was in it is said, not a generic failure.
    const photoBytes = sheets.photos.reduce((n, p) => n + p.bytes, 0);
    if (photoBytes > 100 * 1024 * 1024)
      throw new UserError(`PDF 未能生成：其中的照片共 ${Math.round(photoBytes / 1024 / 1024)} MB，超出了浏览器打印的能力。请按打印尺寸导出照片（不选全尺寸照片）。`);
    throw e;
  }
  return { bytes: printed.bytes, pages: sheets.pages, problems: [...sheets.problems, ...printed.problems], photos: sheets.photos };
}
