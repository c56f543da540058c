import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSessionForSuite, openApp, waitSaved } from '../helpers/app-page.ts';

/**
 * 修订模式 as a reviewer working in browser mode uses it: their name set once, the mode on, words
 * typed key by key and others deleted with Backspace and Delete; every edit is a suggestion under
 * their name (their own typing simply goes again), a second window sees them, and 全部接受 gives the text.
 */
const app = appSessionForSuite();
const toolbar = (page: Page) => page.getByRole('toolbar', { name: '工具栏' });

describe('修订模式', () => {
  it('turns typing and deleting into suggestions under the reviewer’s name, which the clerk accepts', async () => {
    const page = app.page;
    await toolbar(page).getByRole('button', { name: '审阅' }).click();
    const panel = page.getByRole('complementary', { name: '审阅' });
    await panel.getByLabel('我的署名').fill('张老师');
    await panel.getByRole('button', { name: '修订模式' }).click();
    await expect.poll(() => panel.getByRole('button', { name: /修订模式/u }).getAttribute('aria-pressed')).toBe('true');
    await toolbar(page).getByRole('button', { name: '审阅·修订中' }).waitFor();

    const first = page.locator('.bj-article').first().locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    const original = (await first.textContent())!;
    const box = (await first.boundingBox())!;
    // The end of the paragraph's last line, then the start of its first, as the clerk clicks them.
    await first.click({ position: { x: box.width - 4, y: box.height - 6 } });
    await page.keyboard.press('End');
    await page.keyboard.type('（已核实');
    // As an input method commits its words: no key events, only the text.
    await page.keyboard.insertText('无误）');
    // Backspace on one's own suggestion takes the words out for good.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => first.locator('ins.bj-ins').allTextContents()).toEqual(['（已核实']);

    // At the start: two characters struck with Delete, a word typed after them.
    await first.click({ position: { x: 2, y: 6 } });
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    await page.keyboard.type('当天');
    await expect.poll(() => first.locator('del.bj-del').allTextContents()).toEqual([original.slice(0, 2)]);
    await expect.poll(() => first.locator('ins.bj-ins').allTextContents()).toEqual(['当天', '（已核实']);
    expect(await first.locator('ins.bj-ins').first().getAttribute('data-author')).toBe('张老师');
    expect(await first.textContent()).toBe(`${original.slice(0, 2)}当天${original.slice(2)}（已核实`);
    await expect.poll(() => panel.locator('li[data-mark]').count()).toBe(3);
    await waitSaved(page);

    // The clerk's window sees the reviewer's suggestions.
    const second = await openApp(app.session.browser, app.session.server.url);
    await toolbar(second).getByRole('button', { name: '审阅（3）' }).click();
    const theirs = second.getByRole('complementary', { name: '审阅' });
    await expect.poll(() => theirs.locator('li[data-mark]').filter({ hasText: '张老师' }).count()).toBe(3);
    await theirs.getByRole('button', { name: '全部接受' }).click();
    const accepted = second.locator('.bj-article').first().locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    await expect.poll(() => accepted.textContent()).toBe(`当天${original.slice(2)}（已核实`);
    expect(await second.locator('.bj-doc ins, .bj-doc del').count()).toBe(0);
    // 全部接受 is one step: Ctrl+Z brings every suggestion back.
    await accepted.click();
    await second.keyboard.press('Control+z');
    await expect.poll(() => second.locator('.bj-doc ins.bj-ins, .bj-doc del.bj-del').count()).toBe(3);
    // 拒绝本篇: the article's suggestions all go, and its words are as they were.
    await expect.poll(() => theirs.locator('li[data-mark]').count()).toBe(3);
    await theirs.getByRole('button', { name: '拒绝本篇' }).click();
    await expect.poll(() => accepted.textContent()).toBe(original);
    expect(await second.locator('.bj-doc ins, .bj-doc del').count()).toBe(0);
    await second.close();
  });
});
