import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { exportIssuePdf } from '../../electron/node/service/pdf-export.ts';
import { chromiumPdf } from '../../electron/node/service/chromium-pdf.ts';
import { readPdf, renderDocx } from '../helpers/render-pdf.ts';
import { generatedIssue, SHAPES } from '../helpers/generated-issues.ts';
import { pdfFonts, pdfLinkCount, pdfOutlineTitles } from '../helpers/pdf-structure.ts';
import { tempDir } from '../helpers/tmp.ts';
import { REPO } from '../helpers/web-server.ts';
import { issuePhotos } from '../helpers/issue-photos.ts';

/** A page's first words: its text without white space and marks, cut to ten characters. */
const opening = (flat: string) => flat.replace(/[\s，。、；：！？.…]+/gu, '').slice(0, 10);

describe('PDF export against LibreOffice’s rendering of the DOCX', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  async function both(file: IssueFile) {
    const pdf = await exportIssuePdf(file, issuePhotos(file), chromiumPdf);
    const path = join(dir.path, 'issue.pdf');
    writeFileSync(path, pdf.bytes);
    const docx = await exportIssueDocx(file, issuePhotos(file));
    return { pdf, path, printed: readPdf(path, 'raw'), office: renderDocx(docx.bytes), toc: docx.layout.print.toc };
  }

  /** Same page count and numbers; returns the pages that start with other words than LibreOffice's. */
  function samePages(r: Awaited<ReturnType<typeof both>>): number[] {
    expect(r.printed).toHaveLength(r.office.length);
    expect(r.pdf.pages).toBe(r.office.length);
    // Page numbers at the foot, as the DOCX prints them.
    expect(r.printed.map((p) => p.printed)).toEqual(r.office.map((p) => p.printed));
    return r.printed.flatMap((page, i) => (opening(page.flat) === opening(r.office[i]!.flat) ? [] : [i + 1]));
  }

  it('prints the demo on the same A4 pages, fonts embedded, with an outline and a clickable 目录', async () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    const r = await both(demo);
    expect(samePages(r)).toEqual([]);
    const info = execFileSync('pdfinfo', [r.path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+594\.9\d x 841\.9\d pts \(A4\)/u);
    const fonts = pdfFonts(r.path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.some((f) => /LiberationSerif|TimesNewRoman/u.test(f.name))).toBe(true);
    const bytes = readFileSync(r.path);
    const outline = pdfOutlineTitles(bytes);
    for (const entry of r.toc) expect(outline.join('|')).toContain(entry.level === 1 ? entry.text : entry.text.replace(/（[^（）]*）$/u, ''));
    expect(pdfLinkCount(bytes)).toBeGreaterThanOrEqual(r.toc.length);
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
  });

  it('prints three generated issues on the same pages, each starting with the same words', async () => {
    for (const name of ['many short articles', 'long articles with headings, Latin and numbers', 'photos of different heights and a gallery']) {
      const r = await both(generatedIssue(SHAPES[name]!));
      expect(samePages(r), name).toEqual([]);
    }
  });
});
