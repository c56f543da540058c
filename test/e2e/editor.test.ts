import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { outlineLabels, outlineSection, startAppSession, waitSaved, type AppSession, clickDownload } from '../helpers/app-page.ts';
import { solidPng } from '../helpers/png.ts';

/**
 * A clerk's session on the demo issue in real Chromium against browser mode: edit, reorder,
 * insert photos, find and replace; then the server is stopped, or killed, and everything is back.
 */
let session: AppSession;
let page: Page;
let photo: string;

const CASE = '案例教学：“莫德纳”速度何以可能？';

beforeAll(async () => {
  session = await startAppSession();
  page = session.page;
  photo = join(session.dir.path, '开班合影.png');
  writeFileSync(photo, solidPng(320, 200, [180, 30, 30]));
});

afterAll(() => session?.close());

async function reopen(kill: boolean): Promise<void> {
  await session.restart(kill);
  page = session.page;
}

/** Photos of the clerk's file (320 px wide, unlike the demo's placeholders) in the first article. */
const insertedPhotos = () =>
  page
    .locator('.bj-article')
    .first()
    .locator('.bj-figure img')
    .evaluateAll((imgs) => imgs.filter((img) => (img as HTMLImageElement).naturalWidth === 320).length);

const firstBodyParagraph = () => page.locator('.bj-article').first().locator('p:not(.bj-subtitle):not(.bj-byline)').first();

describe('editing the demo issue', () => {
  it('opens on the demo issue laid out as the briefing', async () => {
    await expect(page.locator('.bj-masthead-title').inputValue()).resolves.toBe('2023-2027松江区第九期处级干部轮训班简报');
    await expect(page.getByLabel('日期').inputValue()).resolves.toBe('2025年5月21日');
    const toc = await page.locator('.bj-toc').innerText();
    expect(toc).toContain('松江区第九期处级干部轮训班开班（徐文震、赵丹阳）');
    expect(toc).toContain('【学习掠影】');
    expect(await page.locator('.bj-section-heading').allInnerTexts()).toEqual(['【简讯】', '【学习交流】', '【学习动态】', '【学习感悟】', '【学习掠影】']);
    const title = page.locator('.bj-title').first();
    expect(await title.evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');
    expect(await title.evaluate((el) => getComputedStyle(el).fontSize)).toBe('29.3333px'); // 22 pt
    expect(Number(/全期字数：(\d+)/.exec(await page.locator('.bj-statusbar').innerText())![1])).toBeGreaterThan(20_000);
  });

  it('edits a paragraph and saves it without being asked', async () => {
    await firstBodyParagraph().click();
    await page.keyboard.press('Home');
    await page.keyboard.type('【校】');
    await waitSaved(page);
    expect(await firstBodyParagraph().innerText()).toContain('【校】');
  });

  it('moves an item to another section by dragging it in the outline, and refuses a wrong section', async () => {
    const source = outlineSection(page, '【学习动态】').locator('.bj-outline-item', { hasText: '案例教学' });
    await source.dragTo(outlineSection(page, '【简讯】').locator('.bj-outline-heading'));
    await expect.poll(() => outlineLabels(page, '【简讯】')).toContain(CASE);
    expect((await outlineLabels(page, '【简讯】')).at(-1)).toBe(CASE);
    expect(await outlineLabels(page, '【学习动态】')).not.toContain(CASE);

    const essay = outlineSection(page, '【学习交流】').locator('.bj-outline-item').first();
    await essay.dragTo(outlineSection(page, '【学习感悟】').locator('.bj-outline-heading'));
    await page.getByRole('alert').filter({ hasText: '【学习感悟】只能放入心得体会。' }).waitFor();
    expect(await outlineLabels(page, '【学习交流】')).toHaveLength(8);
  });

  it('inserts a photo from a file into an article and into a gallery slot', async () => {
    await firstBodyParagraph().click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '插入照片', exact: true }).click();
    await (await chooser).setFiles(photo);
    await expect.poll(() => insertedPhotos()).toBe(1);

    // In 【学习掠影】 the photo goes in after the one the caret is in, the caret in its caption for the clerk's words.
    const gallery = page.locator('.bj-section[data-key="lueying"] .bj-figure img');
    await expect.poll(() => gallery.count()).toBe(4);
    await page.locator('.bj-section[data-key="lueying"] figcaption').first().click();
    const galleryChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '插入照片', exact: true }).click();
    await (await galleryChooser).setFiles(photo);
    await expect.poll(() => gallery.count()).toBe(5);
    await page.keyboard.type('结业合影');
    expect(await page.locator('.bj-section[data-key="lueying"] figcaption').nth(1).innerText()).toBe('结业合影');
    await waitSaved(page);
  });

  it('shows the page count and page marks, and exports a DOCX with Ctrl+E', async () => {
    await expect.poll(() => page.locator('.bj-page-mark').count()).toBeGreaterThan(40);
    const pages = Number(await page.locator('[data-pages]').getAttribute('data-pages'));
    expect(pages).toBeGreaterThan(50);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+e');
    // The proofreader's open findings are shown first; the clerk may export all the same.
    const gate = page.getByRole('dialog', { name: '导出前校对' });
    expect(await gate.innerText()).toMatch(/还有 \d+ 处校对问题没有处理/);
    await gate.getByRole('button', { name: '仍然导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 DOCX' });
    await clickDownload(page);
    const file = await download;
    expect(file.suggestedFilename()).toBe('松江区第九期处级干部轮训班简报第1期.docx');
    await dialog.getByText(`共 ${pages} 页，目录页码已排好`).waitFor();
    // The demo's every photo slot is filled: nothing is left out.
    expect(await dialog.innerText()).not.toContain('以下内容未能印出');
    const saved = join(session.dir.path, 'exported.docx');
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('finds and replaces across the issue in one undoable step', async () => {
    await page.locator('.bj-doc').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+h');
    await page.getByLabel('查找内容').fill('荀宁军');
    await expect.poll(() => page.locator('.bj-find-count').innerText()).toMatch(/^1\/\d+$/);
    const hits = Number((await page.locator('.bj-find-count').innerText()).split('/')[1]);
    expect(hits).toBeGreaterThan(1);
    await page.getByLabel('替换为').fill('荀宁军同志');
    await page.getByRole('button', { name: '全部替换' }).click();
    await page.getByRole('alert').filter({ hasText: `已全部替换，共 ${hits} 处。` }).waitFor();
    expect(await page.locator('.bj-doc').innerText()).toContain('荀宁军同志');
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await page.locator('.bj-doc').innerText()).not.toContain('荀宁军同志');
    await page.getByLabel('关闭查找').click();
  });

  it('deletes an item from the outline and brings it back with 撤销', async () => {
    const before = await outlineLabels(page, '【学习交流】');
    // The row's own buttons show on the row the mouse is over.
    const remove = page.getByLabel(`删除“${before[1]}”`);
    await page.locator('.bj-outline-item').filter({ has: remove }).hover();
    await remove.click();
    await expect.poll(() => outlineLabels(page, '【学习交流】')).toHaveLength(before.length - 1);
    await page.getByRole('alert').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => outlineLabels(page, '【学习交流】')).toEqual(before);
    await waitSaved(page);
  });

  it('finds every change in place after the server restarts', async () => {
    await page.getByLabel('主题语').fill('学用贯通担使命 务实笃行启新程（修订）');
    await waitSaved(page);
    await reopen(false);
    expect(await firstBodyParagraph().innerText()).toContain('【校】');
    expect((await outlineLabels(page, '【简讯】')).at(-1)).toBe(CASE);
    await expect.poll(() => insertedPhotos()).toBe(1);
    expect(await page.locator('.bj-section[data-key="lueying"] figcaption').nth(1).innerText()).toBe('结业合影');
    expect(await page.getByLabel('主题语').inputValue()).toBe('学用贯通担使命 务实笃行启新程（修订）');
    expect(await page.locator('.bj-toc').innerText()).toContain(CASE);
  });

  it('keeps what was typed a second before the process was killed', async () => {
    await firstBodyParagraph().click();
    await page.keyboard.press('Home');
    await page.keyboard.type('断电前一秒');
    await page.waitForTimeout(1100);
    await reopen(true);
    expect(await firstBodyParagraph().innerText()).toContain('断电前一秒');
  });
});
