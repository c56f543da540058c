import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSessionForSuite, outlineLabels } from '../helpers/app-page.ts';
import { essayFromLibreOffice } from '../helpers/libreoffice-essay.ts';
import { itemBlocks } from '../helpers/item-blocks.ts';
import { solidPng } from '../helpers/png.ts';

/**
 * A trainee's report as LibreOffice saves it (automatic numbers, a table, a footnote, two photos
 * with captions), taken in as a clerk does: 导入稿件…, the 收稿箱 row read, 查看改动 opened, the
 * report placed with 放入…, and its photos seen in the issue as photos.
 */
const app = appSessionForSuite();
const TITLE = '走进社区听民声 立足岗位办实事';

describe('a Word report with numbering, a table, a note and photos', () => {
  it('is imported with what it lost and moved shown, and placed with its photos where they stood', async () => {
    const page = app.page;
    const dir = app.session.dir.path;
    writeFileSync(join(dir, '一.png'), solidPng(80, 60, [30, 120, 200]));
    writeFileSync(join(dir, '二.png'), solidPng(80, 60, [200, 120, 30]));
    const { docx } = essayFromLibreOffice(dir, '社区调研报告', TITLE, [
      { heading: 0, text: '调研的基本情况' },
      { text: '五月中旬，我们小组走进三个社区，与居民面对面交流。', notes: ['调研时间为五月十三日至十七日。'] },
      { picture: join(dir, '一.png'), caption: '学员们在社区服务站听取意见' },
      { table: [['社区', '走访户数'], ['东湖社区', '28'], ['西苑社区', '31']] },
      { heading: 0, text: '几点体会' },
      { text: '群众的事无小事，要把居民的期盼放在心上。' },
      { picture: join(dir, '二.png'), caption: '小组成员整理调研记录' },
    ]);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入稿件…' }).click();
    await (await chooser).setFiles(docx);
    const row = page.locator('.bj-inbox .bj-outline-item').filter({ hasText: TITLE });
    await row.waitFor();
    // What the clerk sees in the row: the photos counted, the warnings counted.
    await expect.poll(() => row.innerText()).toMatch(/照片 2 张/u);
    expect(await row.innerText()).toMatch(/⚠ 2 处需核对/u);

    await row.getByRole('button', { name: `查看改动：${TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: '稿件的清理结果' });
    await dialog.waitFor();
    const warnings = await dialog.getByRole('list', { name: '需要核对' }).innerText();
    expect(warnings).toContain('“社区　走访户数”：表格已按行转为文字（3 行），单元格之间以空格分隔，请核对');
    expect(warnings).toContain('脚注和尾注（1 条）已移到文末“注释”');
    const removed = await dialog.getByRole('list', { name: '删除的文字' }).innerText();
    expect(removed).toContain('图片说明（移到照片下）');
    expect(removed).toContain('学员们在社区服务站听取意见');
    expect(await dialog.getByLabel('原文').innerText()).toContain('调研时间为五月十三日至十七日。');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'detached' });

    await row.getByRole('button', { name: `把“${TITLE}”放入…` }).click();
    await page.getByRole('menu', { name: '放入栏目' }).getByRole('menuitem', { name: '【学习交流】' }).click();
    await expect.poll(() => outlineLabels(page, '【学习交流】')).toContain(TITLE);
    const article = page.locator('.bj-section[data-key="jiaoliu"] .bj-article').last();
    expect(await itemBlocks(article)).toEqual([
      { kind: 'title', text: TITLE },
      { kind: 'heading', text: '一、调研的基本情况' },
      { kind: 'paragraph', text: '五月中旬，我们小组走进三个社区，与居民面对面交流。（注1）' },
      { kind: 'figure', text: '学员们在社区服务站听取意见' },
      { kind: 'paragraph', text: '社区　走访户数' },
      { kind: 'paragraph', text: '东湖社区　28' },
      { kind: 'paragraph', text: '西苑社区　31' },
      { kind: 'heading', text: '二、几点体会' },
      { kind: 'paragraph', text: '群众的事无小事，要把居民的期盼放在心上。' },
      { kind: 'figure', text: '小组成员整理调研记录' },
      { kind: 'paragraph', text: '注释' },
      { kind: 'paragraph', text: '（注1）调研时间为五月十三日至十七日。' },
      { kind: 'byline', text: '' },
    ]);
    // The photos themselves, shown from the store: pictures, not empty slots.
    const photos = article.locator('figure.bj-figure img');
    await expect.poll(() => photos.count()).toBe(2);
    await expect.poll(() => photos.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(80);
    expect(await article.locator('.bj-figure-slot').count()).toBe(0);
  });
});
