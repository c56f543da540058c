import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { REPO } from '../helpers/web-server.ts';
import { appSessionForSuite, outlineSection } from '../helpers/app-page.ts';

/**
 * The editor as a clerk sees it on a laptop and on a desktop screen: screenshots under
 * test-results/screens/ to look at, and what they would show, measured in the page.
 */
const app = appSessionForSuite();
const SCREENS = join(REPO, 'test-results/screens');
const LAPTOP = { width: 1280, height: 720 };
const DESKTOP = { width: 1920, height: 1080 };

/** Saves the window as `name-WxH.png`, without passing notices, which would hide the page. */
async function shoot(name: string): Promise<void> {
  const close = app.page.getByRole('button', { name: '关闭提示' });
  while (await close.count()) await close.first().click();
  const { width, height } = app.page.viewportSize()!;
  mkdirSync(SCREENS, { recursive: true });
  await app.page.screenshot({ path: join(SCREENS, `${name}-${width}x${height}.png`) });
}

/** Scrolls the editor so that the first element matching starts at the top of the view. */
async function scrollTo(selector: string): Promise<void> {
  await app.page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

type Box = { left: number; right: number; top: number; bottom: number };
const box = (l: Locator): Promise<Box> =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
const middle = (b: Box) => (b.top + b.bottom) / 2;

const proofButton = () => app.page.getByRole('button', { name: /^校对/ });
/** The printed line pitch, in CSS pixels. */
const lineHeight = () => app.page.locator('.bj-page').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));

describe('the editor beside the printed page', () => {
  for (const size of [LAPTOP, DESKTOP]) {
    it(`shows the masthead, headings, 【学习掠影】, 报尾, 校对 and find bar at ${size.width}×${size.height}`, async () => {
      const { page } = app;
      await page.setViewportSize(size);
      await page.locator('.bj-scroll').evaluate((el) => el.scrollTo(0, 0));
      await shoot('masthead');
      await scrollTo('.bj-article:has(h3.bj-h2)');
      await shoot('headings');
      await scrollTo('.bj-section[data-key="lueying"]');
      await shoot('lueying');
      await scrollTo('.bj-distribution');
      await shoot('distribution');

      await proofButton().click();
      await page.locator('.bj-proof').waitFor();
      await scrollTo('.bj-article:has(h3.bj-h2)');
      await shoot('proofread');
      await proofButton().click();

      await page.locator('.bj-doc p').first().click();
      await page.keyboard.press('Control+h');
      await page.getByLabel('查找内容').fill('松江');
      await page.locator('.bj-find-current').first().waitFor();
      await shoot('find');
      await page.getByRole('button', { name: '关闭查找' }).click();
    });
  }

  it('at 1280×720 with 校对 open, no line of the page runs under the panel', async () => {
    const { page } = app;
    await page.setViewportSize(LAPTOP);
    await proofButton().click();
    const panel = await box(page.locator('.bj-proof'));
    const rights = await page
      .locator('.bj-masthead, .bj-toc, .bj-doc p, .bj-doc .bj-h, .bj-title, .bj-distribution')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(100);
    expect(Math.max(...rights)).toBeLessThanOrEqual(panel.left);
    expect(await page.locator('.bj-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await proofButton().click();
  });

  it('prints each 报尾 line as label and list on one line, and the print run compact', async () => {
    const { page } = app;
    const footer = page.locator('.bj-distribution');
    const content = await box(footer);
    for (const [label, name] of [['报：', '报送单位'], ['送：', '抄送单位'], ['发：', '发放范围']] as const) {
      const text = await box(footer.locator('.bj-distribution-line > span', { hasText: label }));
      const input = await box(page.getByLabel(name, { exact: true }));
      expect(Math.abs(middle(text) - middle(input))).toBeLessThan(4);
      expect(input.left).toBeGreaterThanOrEqual(text.right - 1);
      expect(input.right).toBeGreaterThan(content.right - 40); // the list fills the rest of the line
    }
    const run = page.getByLabel('印数');
    const count = await box(run);
    expect(count.right - count.left).toBeLessThan(80);
    const fen = await footer.locator('.bj-distribution-run').evaluate((el) => {
      const node = [...el.childNodes].find((n) => n.textContent?.includes('份）'))!;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    expect(fen.left - count.right).toBeGreaterThanOrEqual(-1);
    expect(fen.left - count.right).toBeLessThan(8);
    expect(Math.abs(middle(fen) - middle(count))).toBeLessThan(4);
  });

  it('shows the 【学习掠影】 photos two to a row, each caption on one line', async () => {
    const figures = app.page.locator('.bj-section[data-key="lueying"] .bj-figure');
    const lines = await figures.first().locator('figcaption').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getClientRects().length;
    });
    expect(lines).toBe(1);
    const [a, b] = [await box(figures.nth(0)), await box(figures.nth(1))];
    expect(Math.abs(a.top - b.top)).toBeLessThan(1);
    expect(b.left).toBeGreaterThan(a.right);
  });

  it('sets body headings in their own fonts, unlike the body text', async () => {
    const { page } = app;
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => ({ family: getComputedStyle(el).fontFamily, weight: getComputedStyle(el).fontWeight }));
    const body = await style('.bj-doc p:not(.bj-byline):not(.bj-subtitle)');
    expect((await style('h2.bj-h1')).family).not.toBe(body.family);
    expect((await style('h3.bj-h2')).family).not.toBe(body.family);
    expect(body.weight).toBe('400');
    expect((await style('h2.bj-h1')).weight).toBe('400');
  });

  it('shows a new article with placeholders and no stray parenthesis, then its headings at levels 3 and 4', async () => {
    const { page } = app;
    await page.setViewportSize(LAPTOP);
    await outlineSection(page, '【简讯】').getByRole('button', { name: '＋文章' }).click();
    const article = page.locator('.bj-section[data-key="jianxun"] .bj-article').last();
    const byline = article.locator('.bj-byline');
    await byline.waitFor();
    await article.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot('new-article');
    expect(await byline.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    expect(await byline.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(1.5 * (await lineHeight()));

    await article.locator('p:not(.bj-byline)').first().click();
    await page.keyboard.type('1.三级标题');
    await page.keyboard.press('Control+Alt+3');
    await page.keyboard.press('Enter');
    await page.keyboard.type('（1）四级标题');
    await page.keyboard.press('Control+Alt+4');
    await page.keyboard.press('Enter');
    await page.keyboard.type('正文段落。');
    await article.locator('h5.bj-h4').waitFor();
    await article.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot('heading-levels');
    const weight = (selector: string) => article.locator(selector).evaluate((el) => getComputedStyle(el).fontWeight);
    expect(await weight('h4.bj-h3')).toBe('700');
    expect(await weight('p:not(.bj-byline)')).toBe('400');
  });

  it('shows the empty sections of a next issue on one framed line, and the list of issues', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '新建下一期' }).click();
    await expect.poll(() => page.getByLabel('期号').inputValue()).toBe('2');
    const gallery = page.locator('.bj-section[data-key="lueying"] .bj-section-body');
    await gallery.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shoot('empty-sections');
    // One line of text and its frame; broken in two it would take two lines and more.
    expect(await gallery.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(1.6 * (await lineHeight()));

    await page.getByRole('button', { name: '期刊列表' }).click();
    await page.locator('.bj-home').waitFor();
    for (const size of [LAPTOP, DESKTOP]) {
      await page.setViewportSize(size);
      await shoot('home');
    }
  });
});
