import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { layoutIssue } from '../../core/layout/layout-issue.ts';
import { layoutSheets } from '../../core/layout/sheets.ts';
import { figureSizes } from '../../core/model/photo.ts';
import { appSessionForSuite } from '../helpers/app-page.ts';
import { sheetLines } from '../helpers/sheet-lines.ts';
import { REPO } from '../helpers/web-server.ts';
import { viewLines } from '../helpers/view-lines.ts';
import { issueModel } from '../../core/schema/doc-node.ts';

/**
 * 页面视图 as a clerk uses it: open it on the demo, find every page as the export prints it, zoom,
 * jump by a thumbnail, click a line and type there, then type in the editor and see the pages follow.
 */
const app = appSessionForSuite();
const SHOTS = join(REPO, 'test-results');

const openView = async (page: Page) => {
  await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '页面视图' }).click();
  return page.getByRole('dialog', { name: '页面视图' });
};

describe('页面视图', () => {
  it('shows the demo’s pages line for line as the export lays them out, and leads back to the text', async () => {
    const page = app.page;
    mkdirSync(SHOTS, { recursive: true });
    const count = page.locator('.bj-statusbar [data-pages]');
    await expect.poll(async () => Number(await count.getAttribute('data-pages'))).toBeGreaterThan(0);
    const pages = Number(await count.getAttribute('data-pages'));

    const view = await openView(page);
    const frames = view.locator('.bj-pageview-pages .bj-sheet-frame');
    await expect.poll(() => frames.count()).toBe(pages);
    await expect.poll(() => view.locator('.bj-thumb').count()).toBe(pages);

    // Every page holds the lines the export's layout gives it (checked against LibreOffice in test/render/page-lines.test.ts).
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    const issue = issueModel(demo);
    const sizes = figureSizes(issue.doc);
    const sheets = layoutSheets(layoutIssue(issue, (hash) => sizes.get(hash) ?? null));
    expect(sheets).toHaveLength(pages);
    for (const i of [0, 1, 2, 10, pages - 1]) expect(await viewLines(page, i), `page ${i + 1}`).toEqual(sheetLines(sheets[i]!));
    expect(await frames.nth(2).locator('.bj-page-number').textContent()).toBe('— 1 —');
    expect(await frames.nth(0).locator('a.bj-line').first().textContent()).toContain('【简讯】');
    await page.screenshot({ path: join(SHOTS, 'page-view.png') });

    // Two pages side by side as the booklet opens: page 1 on the right, beside the 目录's last page.
    await view.getByRole('button', { name: '双页' }).click();
    const [a, b, c] = [await frames.nth(1).boundingBox(), await frames.nth(2).boundingBox(), await frames.nth(3).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(c!.y).toBeGreaterThan(b!.y + b!.height - 1);
    await view.getByRole('button', { name: '第 1 页', exact: true }).click();
    await page.screenshot({ path: join(SHOTS, 'page-view-two.png') });
    await view.getByRole('button', { name: '适合宽度' }).click();
    await view.getByRole('button', { name: '第 9 页', exact: true }).click();
    await expect.poll(async () => (await frames.nth(10).boundingBox())!.y).toBeLessThan(200);
    await expect.poll(() => view.locator('.bj-thumb[aria-current="page"]').getAttribute('aria-label')).toBe('第 9 页');

    // A click in the middle of a body line of page 9 opens that paragraph in the editor where it was clicked: the clerk types there.
    const line = frames.nth(10).locator('.bj-line[data-source]').nth(3);
    const words = (await line.textContent())!;
    await line.click();
    await expect.poll(() => view.count()).toBe(0);
    await page.keyboard.type('【改】');
    const text = (await page.locator('.ProseMirror').textContent())!;
    const at = [...words].findIndex((_, n) => n > 2 && n < words.length - 2 && text.includes(`${words.slice(0, n)}【改】${words.slice(n, n + 3)}`));
    expect(at, `“【改】” in the middle of “${words}”`).toBeGreaterThan(2);

    // Back in the text, the clerk types a sentence key by key; once typing settles the pages show it.
    await page.keyboard.type('这是刚刚逐字录入的一句话。');
    const again = await openView(page);
    await expect.poll(() => again.locator('.bj-pageview-pages').textContent()).toContain('这是刚刚逐字录入的一句话');
    await page.keyboard.press('Escape');
    await expect.poll(() => again.count()).toBe(0);
    await page.keyboard.type('再补一句。');
    expect(await page.locator('.ProseMirror').textContent()).toContain('这是刚刚逐字录入的一句话。再补一句。');
  });
});
