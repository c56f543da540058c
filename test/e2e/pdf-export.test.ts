import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { appSessionForSuite, openApp, waitSaved, clickDownload } from '../helpers/app-page.ts';
import { readPdf } from '../helpers/render-pdf.ts';
import { pdfFonts } from '../helpers/pdf-structure.ts';

/**
 * 导出 PDF as a clerk works: a sentence typed key by key into an article, Ctrl+Shift+E past the
 * proofreading gate, the PDF downloaded and read back; then a second window on the same issue
 * shows the sentence on the same page in its 页面视图.
 */
const app = appSessionForSuite();
const SENTENCE = '学员们一致表示，要把所学所悟转化为推动工作的实际成效。';

describe('导出 PDF in the browser', () => {
  it('prints what was just typed on the page the page view shows it, and a second window sees the same pages', async () => {
    const page = app.page;
    const first = page.locator('.bj-article').nth(1).locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type(SENTENCE);
    await waitSaved(page);
    const count = page.locator('.bj-statusbar [data-pages]');
    await expect.poll(async () => Number(await count.getAttribute('data-pages'))).toBeGreaterThan(0);
    const pages = Number(await count.getAttribute('data-pages'));

    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+Shift+E');
    await page.getByRole('dialog', { name: '导出前校对' }).getByRole('button', { name: '仍然导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await clickDownload(page);
    const file = await download;
    expect(file.suggestedFilename()).toBe('松江区第九期处级干部轮训班简报第1期.pdf');
    await dialog.getByText(`共 ${pages} 页`).waitFor();
    const saved = join(app.session.dir.path, 'issue.pdf');
    await file.saveAs(saved);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    const printed = readPdf(saved);
    expect(printed).toHaveLength(pages);
    expect(execFileSync('pdfinfo', [saved], { encoding: 'utf8' })).toMatch(/\(A4\)/u);
    expect(pdfFonts(saved).filter((f) => !f.embedded)).toEqual([]);
    const flat = SENTENCE.replace(/[，。]/gu, '');
    const onPage = printed.findIndex((p) => p.flat.replace(/[，。]/gu, '').includes(flat));
    expect(onPage).toBeGreaterThan(1);

    // A second window on the same issue: its page view has the sentence on that same page.
    const second = await openApp(app.session.browser, app.session.server.url);
    await second.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '页面视图' }).click();
    const frames = second.getByRole('dialog', { name: '页面视图' }).locator('.bj-pageview-pages .bj-sheet-frame');
    await expect.poll(() => frames.count()).toBe(pages);
    expect((await frames.nth(onPage).textContent())!.replace(/[\s，。]/gu, '')).toContain(flat);
    await second.close();

    // Back in the first window the clerk goes on typing where they were.
    await page.locator('.ProseMirror').click({ position: { x: 5, y: 5 } });
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type('再补一句。');
    expect(await first.textContent()).toContain(`${SENTENCE}再补一句。`);
  });
});
