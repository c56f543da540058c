import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { layoutSheets } from '../../core/layout/sheets.ts';
import { renderDocx } from '../helpers/render-pdf.ts';
import { generatedIssue, SHAPES, STYLE_SHAPES } from '../helpers/generated-issues.ts';
import { sheetLines } from '../helpers/sheet-lines.ts';
import { REPO } from '../helpers/web-server.ts';
import { issuePhotos } from '../helpers/issue-photos.ts';
import { differingLines } from '../helpers/page-match.ts';

/** The sheets the page view and the PDF are drawn from, and what differs in LibreOffice's rendering of the DOCX. */
async function compare(file: IssueFile) {
  const { bytes, layout } = await exportIssueDocx(file, issuePhotos(file));
  const sheets = layoutSheets(layout);
  const pages = renderDocx(bytes);
  expect(pages).toHaveLength(sheets.length);
  return { sheets, differ: differingLines(sheets.map(sheetLines), pages) };
}

describe('the page view’s lines against LibreOffice', () => {
  it('start and end every page of the demo issue where the DOCX does', async () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    const { sheets, differ } = await compare(demo);
    expect(differ).toEqual([]);
    expect(sheets.filter((s) => s.number === null)).toHaveLength(2);
  });

  it('start and end every page of generated issues where the DOCX does, with Latin words, numbers and chat bullets', async () => {
    for (const name of ['many short articles', 'long articles with headings, Latin and numbers', 'photos of different heights and a gallery', 'about eighty pages']) {
      const { differ } = await compare(generatedIssue(SHAPES[name]!));
      expect(differ, name).toEqual([]);
    }
  });

  it('start and end every page where the DOCX does for each built-in style: articles one after another, 编者按, no 目录', async () => {
    for (const [name, shape] of Object.entries(STYLE_SHAPES)) {
      const { sheets, differ } = await compare(generatedIssue(shape));
      expect(differ, name).toEqual([]);
      expect(sheets.some((s) => s.number === null), name).toBe(shape.style !== 'info-report');
    }
  });
});
