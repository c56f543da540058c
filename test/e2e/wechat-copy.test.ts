import { describe, expect, it } from 'vitest';
import { appSessionForSuite, moreCommand } from '../helpers/app-page.ts';

/**
 * 复制为公众号格式 as the clerk uses it: the caret in an article, the toolbar button, the article
 * alone and then the whole issue, each read back from the real clipboard as rich HTML.
 */
const app = appSessionForSuite();

async function clipboardHtml(): Promise<{ html: string; text: string }> {
  return app.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
  });
}

describe('复制为公众号格式', () => {
  it('puts the article at the caret, then the whole issue, on the clipboard with every style inline', async () => {
    const page = app.page;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const article = page.locator('.bj-section[data-key="jiaoliu"] .bj-article').nth(1);
    const title = (await article.locator('.bj-article-title, h2, h1').first().innerText()).trim();
    await article.locator('p:not(.bj-subtitle):not(.bj-byline)').first().click();

    await moreCommand(page, '复制为公众号格式…');
    const dialog = page.getByRole('dialog', { name: '复制为公众号格式' });
    await dialog.getByRole('button', { name: `只复制《${title}》` }).click();
    await dialog.getByRole('status').filter({ hasText: `已复制《${title}》` }).waitFor();
    const one = await clipboardHtml();
    expect(one.html).toContain(title);
    expect(one.html).not.toMatch(/<style|<script|\sclass=/u);
    expect(one.html).toMatch(/<h2 style="[^"]*font-size: 22px/u);
    expect(one.text.split('\n')[0]).toBe(title);
    expect(one.html).not.toContain('目　录');
    await dialog.getByRole('button', { name: '关闭' }).click();

    await moreCommand(page, '复制为公众号格式…');
    await dialog.getByRole('button', { name: '复制整期' }).click();
    await dialog.getByRole('status').filter({ hasText: '已复制整期（16 篇文章）' }).waitFor();
    const all = await clipboardHtml();
    expect(all.html).toContain('目　录');
    expect((all.html.match(/<h2 /gu) ?? []).length).toBe(17); // the masthead and 16 titles
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
