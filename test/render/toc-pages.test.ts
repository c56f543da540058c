import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { pageGeometry } from '../../core/layout/page-geometry.ts';
import { printDocument } from '../../core/layout/print-document.ts';
import { printedPageOf, renderDocx } from '../helpers/render-pdf.ts';
import { generatedIssue, SHAPES, STYLE_SHAPES } from '../helpers/generated-issues.ts';
import { outlineOf } from '../../core/model/outline.ts';
import { REPO } from '../helpers/web-server.ts';
import { issuePhotos } from '../helpers/issue-photos.ts';
import { docNode, issueModel } from '../../core/schema/doc-node.ts';

/**
 * The 目录 of an exported DOCX against LibreOffice's rendering of it: every entry's number is the
 * printed number of the page its title is on, and the page count is the one the editor shows.
 */
async function checkAgainstLibreOffice(file: IssueFile) {
  const { bytes, pagination } = await exportIssueDocx(file, issuePhotos(file));
  const template = file.template;
  const { toc } = printDocument(issueModel(file), template, pageGeometry(template), () => ({ width: 1, height: 1 }));
  const pages = renderDocx(bytes);
  const entries = toc.map((e) => {
    const title = e.level === 1 ? e.text : e.text.replace(/（[^（）]*）$/u, '');
    return { title, toc: pagination.bookmarks.get(e.bookmark), printed: printedPageOf(pages, title, pagination.frontPages) };
  });
  return { entries, rendered: pages, pages: pages.length, modelPages: pagination.frontPages + pagination.bodyPages, front: pages.filter((p) => p.printed === null).length, modelFront: pagination.frontPages };
}

describe('目录 page numbers against LibreOffice', () => {
  it('are right for every entry of the demo issue', async () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    const r = await checkAgainstLibreOffice(demo);
    // The sample briefing's 21 entries: 【学习掠影】 prints, its slots filled with the demo's placeholder photos.
    expect(r.entries.map((e) => e.title)).toContain('【学习掠影】');
    expect(r.entries).toHaveLength(21);
    for (const e of r.entries) expect(e, e.title).toMatchObject({ printed: e.toc });
    expect(r.pages).toBe(r.modelPages);
    expect(r.front).toBe(r.modelFront);
  });

  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`are right for a generated issue: ${name}`, async () => {
      const r = await checkAgainstLibreOffice(generatedIssue(shape));
      expect(r.entries.length).toBeGreaterThan(1);
      for (const e of r.entries) expect(e, e.title).toMatchObject({ printed: e.toc });
      expect(r.pages).toBe(r.modelPages);
      expect(r.front).toBe(r.modelFront);
    });
  }

  for (const [name, shape] of Object.entries(STYLE_SHAPES)) {
    it(`are right for each built-in style: ${name}`, async () => {
      const file = generatedIssue(shape);
      const r = await checkAgainstLibreOffice(file);
      expect(r.pages).toBe(r.modelPages);
      expect(r.front).toBe(r.modelFront);
      const titles = outlineOf(docNode(file.doc)).flatMap((s) => s.items.filter((i) => i.kind === 'article').map((i) => i.title));
      if (!file.template.toc) {
        // No 目录 page: the one article starts under the masthead, on printed page 1.
        expect(r.entries).toEqual([]);
        expect(r.front).toBe(0);
        expect(r.rendered.some((p) => p.flat.includes('目录'))).toBe(false);
        expect(printedPageOf(r.rendered, titles[0]!)).toBe(1);
        expect(r.rendered[0]!.flat).toContain(file.meta.seriesTitle);
        return;
      }
      expect(r.entries.length).toBeGreaterThan(titles.length);
      for (const e of r.entries) expect(e, e.title).toMatchObject({ printed: e.toc });
      const pagesOfArticles = new Set(r.entries.filter((e) => titles.includes(e.title)).map((e) => e.printed));
      // Articles on pages of their own, or one after another (工作简报): fewer pages than articles.
      if (file.template.articleStartsNewPage) expect(pagesOfArticles.size).toBe(titles.length);
      else expect(pagesOfArticles.size).toBeLessThan(titles.length);
    });
  }
});
