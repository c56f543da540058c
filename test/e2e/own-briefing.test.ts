import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appSessionForSuite, exportDocxTo, moreCommand, outlineLabels, startAppSession, tocRows } from '../helpers/app-page.ts';
import { printedPageOf, renderDocx, type RenderedPage } from '../helpers/render-pdf.ts';
import { contributorDocx } from '../helpers/make-docx.ts';

/**
 * A clerk from another school sets up a briefing of their own: 新建简报 from the 工作简报 style,
 * sections renamed and one added in 简报设置, essays and a 心得 placed, exported with a right 目录;
 * the next issue keeps the sections, and the issue file prints the same on a fresh data folder.
 */
const app = appSessionForSuite();

const SECTIONS = ['【工作动态】', '【学员风采】', '【心得体会】', '【图片新闻】', '【理论学习】'];
const ESSAYS = [
  { title: '扎实开展新任科级干部履职能力培训', author: '陈晓东', section: '【工作动态】' },
  { title: '在基层一线锤炼过硬本领', author: '刘佳怡', section: '【学员风采】' },
  { title: '读原著学原文悟原理', author: '孙海平', section: '【理论学习】' },
];
const NOTE = '新任科级干部培训班开班以来，学员们学习热情高涨。本期刊发一组学员交流文章，供大家学习参考。';
const PARAGRAPH =
  '培训期间，学员们围绕提升履职本领这一主题，认真聆听专题辅导，深入开展分组研讨，结合各自岗位实际交流体会。大家表示，要把学习成果转化为干事创业的实际行动，在服务群众、推动发展中不断提高能力水平。';

const outlineHeadings = (page: Page) => page.locator('.bj-outline-section').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')));

/** 导出 DOCX as the clerk does; its pages as LibreOffice prints them. */
async function exportDocx(page: Page, path: string): Promise<RenderedPage[]> {
  await exportDocxTo(page, path);
  return renderDocx(readFileSync(path));
}

async function goHome(page: Page) {
  await page.getByRole('button', { name: '期刊列表' }).click();
  await page.locator('.bj-home').waitFor();
}

describe('a briefing of the clerk’s own', () => {
  let firstPages: RenderedPage[] = [];
  let issueFile = '';

  it('is made from the 工作简报 style and set up in 简报设置: name, masthead, sections renamed and one added', async () => {
    const { page } = app;
    await goHome(page);
    await page.getByRole('button', { name: '新建简报' }).click();
    const chooser = page.getByRole('dialog', { name: '新建简报' });
    await chooser.getByRole('radio', { name: /^工作简报/u }).check();
    await chooser.getByRole('button', { name: '确定' }).click();

    const settings = page.getByRole('dialog', { name: '简报设置' });
    await settings.waitFor();
    expect(await outlineHeadings(page)).toEqual(['【工作动态】', '【经验做法】', '【基层声音】', '【图片新闻】']);
    await settings.getByLabel('简报名称').fill('新任科级干部培训班简报');
    await settings.getByLabel('报头标题').fill('2026年新任科级干部培训班简报');
    await settings.getByLabel('编印单位').fill('中共××区委党校教务处');
    await settings.getByLabel('第2个栏目的名称').fill('学员风采');
    await settings.getByLabel('第3个栏目的名称').fill('【心得体会】');
    await settings.getByLabel('【心得体会】放什么').selectOption({ label: '放心得体会' });
    await settings.getByLabel('【心得体会】在目录中').selectOption({ label: '目录只列栏目名' });
    await settings.getByRole('button', { name: '添加栏目' }).click();
    await settings.getByLabel('第5个栏目的名称').fill('【理论学习】');
    await settings.getByRole('button', { name: '确定' }).click();
    await settings.waitFor({ state: 'detached' });

    await expect.poll(() => outlineHeadings(page)).toEqual(SECTIONS);
    expect(await page.locator('.bj-masthead-title').inputValue()).toBe('2026年新任科级干部培训班简报');
    // The change is in 历史版本, with the issue as it was before.
    await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '历史版本' }).click();
    await page.locator('.bj-history').getByText('修改简报设置前').first().waitFor();
    await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '历史版本' }).click();
  });

  it('takes essays and a 心得 in its own sections, and exports them with the 目录 LibreOffice prints', async () => {
    const { page } = app;
    const files = [];
    for (const e of ESSAYS) {
      const file = join(app.session.dir.path, `${e.author}.docx`);
      writeFileSync(file, await contributorDocx(e.title, [PARAGRAPH, PARAGRAPH], e.author));
      files.push(file);
    }
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入稿件…' }).click();
    await (await chooser).setFiles(files);
    await page.getByRole('alert').filter({ hasText: '已导入 3 篇稿件' }).waitFor();
    for (const e of ESSAYS) {
      await page.getByRole('button', { name: new RegExp(`^把“${e.title}”放入`, 'u') }).first().click();
      await page.getByRole('menu', { name: '放入栏目' }).getByRole('menuitem', { name: e.section }).click();
      await expect.poll(() => outlineLabels(page, e.section)).toEqual([e.title]);
    }
    // A 编者按 before the first essay: 【工作动态】 takes articles and 编者按.
    const news = page.locator('.bj-outline-section[data-section="【工作动态】"]');
    await news.getByRole('button', { name: '＋编者按' }).click();
    await page.keyboard.type(NOTE);
    await expect.poll(() => outlineLabels(page, '【工作动态】')).toEqual([ESSAYS[0]!.title, expect.stringMatching(/^编者按：/u)]);
    // As a clerk does it: the row's ↑ shows when the pointer is over it.
    const noteRow = news.locator('.bj-outline-item').filter({ hasText: '编者按：' });
    await noteRow.hover();
    await noteRow.getByRole('button', { name: /^上移“编者按：/u }).click();
    await expect.poll(() => outlineLabels(page, '【工作动态】')).toEqual([expect.stringMatching(/^编者按：/u), ESSAYS[0]!.title]);

    // A 心得 typed into 【心得体会】, which takes only 心得.
    const heart = page.locator('.bj-outline-section[data-section="【心得体会】"]');
    expect(await heart.getByRole('button', { name: /文章/u }).count()).toBe(0);
    await heart.getByRole('button', { name: /心得/u }).first().click();
    await page.keyboard.type('这次培训让我对岗位职责有了更深的认识，今后要把所学用到工作中去。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('王维平');

    await expect.poll(async () => (await tocRows(page)).filter((r) => r.page !== null).length).toBe(7);
    // The editor's 目录 shows the empty 【图片新闻】 too, without a page: it is not printed.
    const rows = (await tocRows(page)).filter((r) => r.page !== null);
    expect(rows.map((r) => r.title)).toEqual(['【工作动态】', ESSAYS[0]!.title, '【学员风采】', ESSAYS[1]!.title, '【心得体会】', '【理论学习】', ESSAYS[2]!.title]);
    firstPages = await exportDocx(page, join(app.session.dir.path, '第1期.docx'));
    const front = firstPages.filter((p) => p.printed === null).length;
    const all = firstPages.map((p) => p.flat).join('');
    for (const heading of ['【工作动态】', '【学员风采】', '【心得体会】', '【理论学习】']) expect(all).toContain(heading);
    // The 编者按 prints under its label, before the essay it introduces, and is not in the 目录.
    const flatNote = NOTE.replace(/[\s，。]/gu, '');
    const printed = all.replace(/[，。]/gu, '');
    expect(printed.indexOf(`编者按：${flatNote}`.replace(/[，。]/gu, ''))).toBeGreaterThan(-1);
    expect(printed.indexOf(flatNote)).toBeLessThan(printed.lastIndexOf(ESSAYS[0]!.title));
    expect(all).not.toContain('【经验做法】');
    expect(firstPages[0]!.flat).toContain('2026年新任科级干部培训班简报');
    expect(firstPages[0]!.flat).toContain('中共××区委党校教务处');
    for (const row of rows) expect(row, row.title).toEqual({ title: row.title, page: printedPageOf(firstPages, row.title, front) });
    // 工作简报: articles follow one another, not a page each.
    expect(new Set(rows.map((r) => r.page)).size).toBeLessThan(rows.length);
  });

  it('keeps its sections in the next issue, and prints the same from its issue file on a fresh data folder', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await moreCommand(page, '导出工程文件…');
    issueFile = join(app.session.dir.path, '第1期.json');
    await (await download).saveAs(issueFile);

    await goHome(page);
    await page.locator('.bj-issue-table tbody tr').filter({ hasText: '2026年新任科级干部培训班简报' }).getByRole('button', { name: '新建下一期' }).click();
    await expect.poll(() => page.getByLabel('期号').inputValue()).toBe('2');
    expect(await outlineHeadings(page)).toEqual(SECTIONS);
    expect(await page.locator('.bj-masthead-title').inputValue()).toBe('2026年新任科级干部培训班简报');
    for (const heading of SECTIONS) expect(await outlineLabels(page, heading)).toEqual([]);

    const elsewhere = await startAppSession();
    try {
      const other = elsewhere.page;
      if (!(await other.locator('.bj-home').count())) await goHome(other);
      const chooser = other.waitForEvent('filechooser');
      await other.getByRole('button', { name: '打开工程文件' }).click();
      await (await chooser).setFiles(issueFile);
      await expect.poll(() => outlineHeadings(other)).toEqual(SECTIONS);
      const again = await exportDocx(other, join(elsewhere.dir.path, '另一台电脑.docx'));
      expect(again.map((p) => p.text)).toEqual(firstPages.map((p) => p.text));
    } finally {
      await elsewhere.close();
    }
  });
});
