import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSessionForSuite, exportDocxTo, tocRows } from '../helpers/app-page.ts';
import { printedPageOf, renderDocx } from '../helpers/render-pdf.ts';

/**
 * The editor's 目录 carries page numbers, and they are the ones the exported DOCX prints: checked
 * against LibreOffice's rendering of the export, after the clerk has typed enough to move pages.
 */
const app = appSessionForSuite();

const PASSAGE =
  '会上，各小组代表结合自身工作实际，围绕如何把学习成果转化为推动高质量发展的实际成效作了交流发言。大家一致认为，要坚持学思用贯通、知信行统一，把理论学习同解决实际问题结合起来，在推动经济社会发展、服务人民群众中体现学习成效。';

describe('the 目录 in the editor', () => {
  it('shows the page numbers the exported DOCX prints, and follows the clerk’s typing', async () => {
    const page = app.page;
    await expect.poll(async () => (await tocRows(page)).filter((r) => r.page !== null).length).toBeGreaterThan(15);
    const before = await tocRows(page);

    // The clerk adds two long paragraphs to the first 简讯, key by key: what follows moves down.
    const first = page.locator('.bj-article').first().locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    const box = (await first.boundingBox())!;
    await first.click({ position: { x: box.width - 2, y: box.height - 4 } });
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(PASSAGE);
    }
    const lastPage = (rows: { page: number | null }[]) => Math.max(...rows.map((r) => r.page ?? 0));
    await expect.poll(async () => lastPage(await tocRows(page))).toBeGreaterThan(lastPage(before));
    const after = await tocRows(page);

    const saved = join(app.session.dir.path, 'toc.docx');
    await exportDocxTo(page, saved);

    const pages = renderDocx(readFileSync(saved));
    const front = pages.filter((p) => p.printed === null).length;
    const printed = after.filter((r) => r.page !== null);
    expect(printed.length).toBeGreaterThan(15);
    for (const row of printed) expect(row, row.title).toEqual({ title: row.title, page: printedPageOf(pages, row.title, front) });
  });
});
