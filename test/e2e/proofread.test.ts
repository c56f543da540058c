import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSessionForSuite, waitSaved } from '../helpers/app-page.ts';

/** 校对 on the demo issue in Chromium: the sample's real errors are found, and fixed by a click. */
const app = appSessionForSuite();

const item = (text: string) => app.page.locator('.bj-proof-item').filter({ hasText: text });

describe('proofreading the demo issue', () => {
  it('underlines and lists the sample’s formulation errors', async () => {
    await app.page.getByRole('button', { name: /^校对（\d+）$/ }).click();
    const panel = app.page.getByRole('complementary', { name: '校对' });
    await item('近平新时代中国特色社会主义思想').first().waitFor();
    expect(await panel.innerText()).toMatch(/^校对（\d+）/);
    const expected: [string, string][] = [
      ['“四个信”', '“四个自信”'],
      ['“五大中心”', '“五个中心”'],
      ['“科技创新地”', '“科技创新高地”'],
      ['“坚定”', '“增强”'],
    ];
    for (const [found, suggestion] of expected)
      expect((await item(found).first().innerText()).replace(/\s+/gu, '')).toContain(`${found}→${suggestion}`);
    expect(await app.page.locator('.bj-doc .bj-finding-formulation').count()).toBeGreaterThanOrEqual(5);
  });

  it('fixes 以近平 with 修正, and the finding is gone', async () => {
    await item('近平新时代中国特色社会主义思想').first().getByRole('button', { name: '修正' }).click();
    await expect.poll(() => item('近平新时代中国特色社会主义思想').count()).toBe(0);
    expect(await app.page.locator('.bj-doc').innerText()).toContain('2、以习近平新时代中国特色社会主义思想为经济工作');
    await waitSaved(app.page);
  });

  it('checks with the clerk’s own dictionary entries as well', async () => {
    await app.page.getByRole('button', { name: '词典…' }).click();
    const dialog = app.page.getByRole('dialog', { name: '校对词典' });
    await dialog.getByLabel('错误写法').fill('松江枢钮=松江枢纽');
    await dialog.getByRole('button', { name: '保存' }).click();
    await app.page.locator('.bj-article').first().locator('p:not(.bj-byline)').first().click();
    await app.page.keyboard.press('Home');
    await app.page.keyboard.type('松江枢钮');
    await item('“松江枢钮”').waitFor();
    expect((await item('“松江枢钮”').innerText()).replace(/\s+/gu, '')).toContain('→“松江枢纽”');
  });

  it('ignores a finding on request, and undoes a fix with Ctrl+Z', async () => {
    const before = await app.page.locator('.bj-proof-item').count();
    await item('“把把”').getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => app.page.locator('.bj-proof-item').count()).toBe(before - 1);
    await item('“五大中心”').getByRole('button', { name: '修正' }).click();
    await expect.poll(() => app.page.locator('.bj-doc').innerText()).toContain('上海“五个中心”的历史使命');
    await app.page.locator('.bj-doc').click({ position: { x: 30, y: 30 } });
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.page.locator('.bj-doc').innerText()).toContain('上海“五大中心”的历史使命');
  });

  it('exports the clerk’s dictionary as a text file, and imports another office’s', async () => {
    await app.page.getByRole('button', { name: '词典…' }).click();
    const dialog = app.page.getByRole('dialog', { name: '校对词典' });
    const download = app.page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('校对词典.txt');
    const saved = join(app.session.dir.path, '校对词典.txt');
    await file.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toContain('\n松江枢钮=松江枢纽\n');

    const other = join(app.session.dir.path, '兄弟单位词典.txt');
    writeFileSync(other, '# 兄弟单位的词典\n九里亭街道\n九里亭街到=九里亭街道\n松江枢钮=松江枢纽\n');
    const chooser = app.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '导入…' }).click();
    await (await chooser).setFiles(other);
    await dialog.getByRole('status').filter({ hasText: '已导入规范表述 1 条、错误写法 2 条' }).waitFor();
    expect(await dialog.getByLabel('错误写法').inputValue()).toBe('松江枢钮=松江枢纽\n九里亭街到=九里亭街道');
    await dialog.getByRole('button', { name: '保存' }).click();
    await app.page.locator('.bj-article').first().locator('p:not(.bj-byline)').first().click();
    await app.page.keyboard.press('Home');
    await app.page.keyboard.type('九里亭街到');
    await item('“九里亭街到”').waitFor();
  });

  it('finds a near sound as the clerk types, fixes it, and no longer finds a 模糊音 pair the office switched off', async () => {
    const paragraph = app.page.locator('.bj-article').nth(1).locator('p:not(.bj-byline)').first();
    await paragraph.click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type('我们要践行人名城市理念。');
    await item('“人名城市”').waitFor();
    expect((await item('“人名城市”').innerText()).replace(/\s+/gu, '')).toContain('→“人民城市”“名”与“民”音近（模糊音in/ing）');
    await item('“人名城市”').getByRole('button', { name: '修正' }).click();
    await expect.poll(() => item('“人名城市”').count()).toBe(0);
    expect(await paragraph.innerText()).toContain('我们要践行人民城市理念。');

    await app.page.keyboard.press('End');
    await app.page.keyboard.type('坚持农业龙村优先发展。');
    await item('“坚持农业龙村优先发展”').waitFor();
    await app.page.getByRole('button', { name: '词典…' }).click();
    const dialog = app.page.getByRole('dialog', { name: '校对词典' });
    const nl = dialog.getByRole('checkbox', { name: /^n\/l/u });
    expect(await nl.isChecked()).toBe(true);
    await nl.uncheck();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => item('“坚持农业龙村优先发展”').count()).toBe(0);
    // The other pairs stay on: 人名 is found again when typed.
    await paragraph.click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type('全心全意为人名服务。');
    await item('“全心全意为人名服务”').waitFor();
    await waitSaved(app.page);

    // The office's choice is stored with its dictionary: after a restart n/l is still off.
    await app.session.restart(false);
    await app.page.getByRole('button', { name: /^校对（\d+）$/u }).click();
    await item('“全心全意为人名服务”').waitFor();
    expect(await item('“坚持农业龙村优先发展”').count()).toBe(0);
    await app.page.getByRole('button', { name: '词典…' }).click();
    expect(await app.page.getByRole('dialog', { name: '校对词典' }).getByRole('checkbox', { name: /^n\/l/u }).isChecked()).toBe(false);
  });

  it('says an unpaired quote in words, and lists an article without title or byline while it is being written', async () => {
    const page = app.page;
    await page.keyboard.press('Escape');
    const jiaoliu = page.locator('.bj-outline-section[data-section="【学习交流】"]');
    await jiaoliu.getByRole('button', { name: /文章/u }).first().click();
    // The new article is empty: the panel says so before any export.
    await item('文章没有标题').first().waitFor();
    await item('文章没有署名').first().waitFor();
    await page.keyboard.type('一篇新来的学习体会');
    await expect.poll(() => item('文章没有标题').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.keyboard.type('他说：“要学以致用。');
    const quote = item('引号不成对');
    await quote.waitFor();
    expect(await quote.innerText()).toContain('引号不成对：这里有一个前引号，后面缺少与之配对的后引号');
    // The mark itself stands highlighted, not wrapped in more quote marks.
    expect(await quote.locator('mark').textContent()).toBe('“');
    // Clicking 文章没有署名 takes the caret to the byline, where the author is typed.
    const unsigned = item('《一篇新来的学习体会》').filter({ hasText: '文章没有署名' });
    await unsigned.locator('.bj-proof-text').click();
    await page.keyboard.type('文/王维平');
    await expect.poll(() => unsigned.count()).toBe(0);
    expect(await page.locator('.bj-article').filter({ hasText: '一篇新来的学习体会' }).locator('.bj-byline').innerText()).toContain('文/王维平');
    await page.screenshot({ path: 'test-results/proofread-missing-parts.png' });
  });
});
