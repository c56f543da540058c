import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSessionForSuite, moreCommand } from '../helpers/app-page.ts';

/**
 * The screens offices have (1366×768 and 1280×720 laptops): the toolbar on one row, the rarer
 * commands under 更多; the 大纲 shows a dozen characters of every title; a side panel open at 1280
 * leaves the page its 700 pixels. Screenshots go to test-results/ to be looked at.
 */
const app = appSessionForSuite();

/** How many rows the toolbar's controls take: they overlap one another vertically when on one row. */
const toolbarRows = (page: Page) =>
  page.locator('.bj-toolbar > :not(.bj-sep)').evaluateAll((els) => {
    const boxes = els.map((e) => e.getBoundingClientRect());
    return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom)) ? 1 : 2;
  });

/** How many characters of its title each 大纲 row shows: its width in the title's own font size. */
const shownChars = (page: Page) =>
  page.locator('.bj-outline-label').evaluateAll((els) => els.map((e) => Math.floor(e.clientWidth / parseFloat(getComputedStyle(e).fontSize))));

describe('on a 1366- and a 1280-pixel screen', () => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 720],
  ] as const) {
    it(`keeps the toolbar on one row and a dozen characters of every title in the 大纲 at ${width}×${height}`, async () => {
      const page = app.page;
      await page.setViewportSize({ width, height });
      await page.locator('.bj-outline-label').first().waitFor();
      expect(await toolbarRows(page)).toBe(1);
      const shown = await shownChars(page);
      expect(shown.length).toBeGreaterThan(10);
      expect(Math.min(...shown)).toBeGreaterThanOrEqual(12);
      await page.screenshot({ path: `test-results/screen-${width}.png` });
    });
  }

  it('leaves the page at least 700 pixels with the 校对 panel open at 1280×720, and its 更多 menu holds the rarer commands', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: /^校对/u }).click();
    await page.getByRole('complementary', { name: '校对' }).waitFor();
    expect(await page.locator('.bj-scroll').evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThanOrEqual(700);
    expect(Math.min(...(await shownChars(page)))).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: 'test-results/screen-1280-panel.png' });

    // 更多 opens a menu the keyboard can walk; Esc gives the focus back to it.
    const more = page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: /^更多/u });
    await more.click();
    const menu = page.getByRole('menu', { name: '更多命令' });
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['替换…Ctrl+H', '送审（导出送审稿）…', '复制为公众号格式…', '打开工程文件…', '导出工程文件…', '简报设置…']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await more.evaluate((e) => e === document.activeElement)).toBe(true);
    // 替换… from the menu opens the find bar with its replace field.
    await moreCommand(page, '替换…');
    await page.getByLabel('替换为').waitFor();
  });
});
