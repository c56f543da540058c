import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSessionForSuite, clickDownload, waitSaved } from '../helpers/app-page.ts';
import { readPdf } from '../helpers/render-pdf.ts';

/**
 * Paper as a clerk gets it: 打印 (Ctrl+P, and the button in 页面视图) prints the issue's own sheets and
 * nothing of the screen, the same pages as 导出 PDF; 导出 lets the clerk name the file, and 另存为…
 * picks where it goes.
 */
const app = appSessionForSuite();
const SENTENCE = '打印出来的这一页要和导出的 PDF 完全一样。';

/** The print dialog each window.print() would open, counted (a headless browser has none to show). */
async function countPrints(): Promise<void> {
  await app.page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
}
const prints = () => app.page.evaluate(() => (window as unknown as { printed: number }).printed);

describe('打印 and 另存为', () => {
  it('prints with Ctrl+P exactly the sheets that 导出 PDF prints, page for page, and no controls', async () => {
    const page = app.page;
    const paragraph = page.locator('.bj-section[data-key="jiaoliu"] .bj-article p:not(.bj-subtitle):not(.bj-byline)').first();
    await paragraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(SENTENCE);
    await waitSaved(page);
    await countPrints();

    await page.keyboard.press('Control+p');
    const view = page.getByRole('dialog', { name: '页面视图' });
    await view.waitFor();
    // The print dialog comes once every page is drawn.
    await expect.poll(prints).toBe(1);
    const sheets = await view.locator('.bj-pageview-pages .bj-sheet-frame').count();
    expect(sheets).toBeGreaterThan(50);

    // What the printer gets: Chromium's printing of this very page, with its print stylesheet.
    const dir = app.session.dir.path;
    const printed = join(dir, 'printed.pdf');
    writeFileSync(printed, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await view.getByRole('button', { name: '打印' }).click();
    await expect.poll(prints).toBe(2);
    await page.keyboard.press('Escape');

    // 导出 PDF of the same text.
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+Shift+E');
    await page.getByRole('dialog', { name: '导出前校对' }).getByRole('button', { name: '仍然导出' }).click();
    await clickDownload(page);
    const exported = join(dir, 'exported.pdf');
    await (await download).saveAs(exported);
    await page.keyboard.press('Escape');

    const paper = readPdf(printed, 'raw');
    const pdf = readPdf(exported, 'raw');
    expect(paper).toHaveLength(sheets);
    expect(paper).toHaveLength(pdf.length);
    const differing = paper.flatMap((p, i) => (p.flat === pdf[i]!.flat ? [] : [i + 1]));
    expect(differing).toEqual([]);
    // Nothing of the screen: no toolbar, 大纲 or page view controls on paper.
    const all = paper.map((p) => p.flat).join('');
    for (const control of ['期刊列表', '返回编辑', '收稿箱', '适合宽度']) expect(all).not.toContain(control);
    expect(all).toContain(SENTENCE.replace(/\s/gu, ''));
  });

  it('saves an export under the name the clerk types, by 下载 and by 另存为… into a folder the clerk picks', async () => {
    const page = app.page;
    // The browser's save dialog, answered as the clerk would: it records the name offered and what is written.
    await page.evaluate(() => {
      const w = window as unknown as { offered: string[]; written: number[]; showSaveFilePicker: unknown };
      w.offered = [];
      w.written = [];
      w.showSaveFilePicker = async ({ suggestedName }: { suggestedName: string }) => {
        w.offered.push(suggestedName);
        return {
          name: suggestedName,
          createWritable: async () => ({
            write: async (blob: Blob) => void w.written.push(...new Uint8Array(await blob.arrayBuffer()).slice(0, 2)),
            close: async () => undefined,
          }),
        };
      };
    });
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog', { name: '导出前校对' }).getByRole('button', { name: '仍然导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 DOCX' });
    const name = dialog.getByLabel('文件名');
    await expect.poll(() => name.inputValue()).toBe('松江区第九期处级干部轮训班简报第1期');
    await name.fill('');
    await name.pressSequentially('第1期简报（印刷用）');

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载' }).click();
    expect((await download).suggestedFilename()).toBe('第1期简报（印刷用）.docx');
    await dialog.getByText('已下载《第1期简报（印刷用）.docx》，在浏览器的“下载”文件夹中').waitFor();

    await name.fill('送印刷厂/终稿');
    await dialog.getByRole('button', { name: '另存为…' }).click();
    await dialog.getByText('已保存为《送印刷厂终稿.docx》').waitFor();
    expect(await page.evaluate(() => (window as unknown as { offered: string[] }).offered)).toEqual(['送印刷厂终稿.docx']);
    // A DOCX went into the file: it starts as every zip does.
    expect(await page.evaluate(() => (window as unknown as { written: number[] }).written)).toEqual([0x50, 0x4b]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
