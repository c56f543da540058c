import type { IssueModel } from '../model/issue-model.ts';
import { pageGeometry, type PageGeometry } from './page-geometry.ts';
import { printDocument, type PhotoSizes } from './print-document.ts';
import { paginate, type Pagination } from './paginate.ts';
import type { PrintDocument } from './print-model.ts';

export interface IssueLayout {
  geometry: PageGeometry;
  print: PrintDocument;
  pagination: Pagination;
}

/** Lays an issue out on pages: what the editor's page count, its page marks and the DOCX all use. */
export function layoutIssue(issue: IssueModel, photoSizes: PhotoSizes): IssueLayout {
  const template = issue.template;
  const geometry = pageGeometry(template);
  const print = printDocument(issue, template, geometry, photoSizes);
  const pagination = paginate(print, geometry);
  return { geometry, print, pagination };
}
