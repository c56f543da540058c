import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSessionForSuite, waitSaved } from '../helpers/app-page.ts';
import { itemBlocks } from '../helpers/item-blocks.ts';
import { REPO } from '../helpers/web-server.ts';
import { paste as pasteInto } from '../helpers/paste.ts';

/** Pasting what contributors send into the editor, in Chromium: it comes out clean, and can go back. */
const app = appSessionForSuite();

const paste = (data: Record<string, string>) => pasteInto(app.page, data);

async function newArticleBody(): Promise<void> {
  await app.page.locator('.bj-outline-section[data-section="【学习交流】"] .bj-outline-heading').getByRole('button', { name: '＋文章' }).click();
  const article = app.page.locator('.bj-section[data-key="jiaoliu"] .bj-article').last();
  await article.locator('p:not(.bj-byline):not(.bj-subtitle)').first().click();
}

const lastArticle = () => app.page.locator('.bj-section[data-key="jiaoliu"] .bj-article').last();

describe('pasting into the editor', () => {
  it('takes a newspaper page apart: title, subtitle, byline and headings placed, captions kept as photo slots at the end', async () => {
    await newArticleBody();
    await paste({ 'text/plain': readFileSync(join(REPO, 'test/fixtures/contributions/newspaper-page.txt'), 'utf8') });
    const article = lastArticle();
    await expect.poll(() => article.locator('.bj-title').innerText()).toBe('学用贯通担使命 务实笃行启新程');
    const blocks = await itemBlocks(article);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['在红色阵地中汲取精神力量', '在发展一线中感悟实践伟力']);
    expect(blocks.filter((b) => b.kind === 'figure')).toHaveLength(2);
    expect(await article.locator('figure figcaption').allInnerTexts()).toEqual([
      '5月27日，学员们在松江区党建服务中心参观学习。（记者 王敏 摄）',
      '图为学员们在G60科创云廊听取讲解，了解科创走廊建设成果。记者 李晓峰 摄',
    ]);
    expect(blocks.at(-1)).toEqual({ kind: 'byline', text: '记者 王敏 通讯员 李晓峰' });
    await app.page.getByRole('alert').filter({ hasText: '图片说明移到文末照片位 2 处' }).waitFor();
  });

  it('cleans HTML copied from Word: structure and bold kept, styles and scripts gone, title and byline placed', async () => {
    await newArticleBody();
    await paste({
      'text/html':
        '<html><head><style>p{color:red}</style></head><body>' +
        '<p class=MsoTitle>学思践悟新思想</p>' +
        '<p class=MsoNormal style="font-family:仿宋;color:#ff0000"><b>一、以忠诚为魂</b></p>' +
        '<p class=MsoNormal>学员们表示,要坚持"人民城市"理念。<o:p></o:p></p>' +
        '<img src="http://example.invalid/x.png" onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
        '<p class=MsoNormal onclick="window.__pwned=3">（陆有峰）</p></body></html>',
      'text/plain': '学思践悟新思想\n一、以忠诚为魂\n学员们表示,要坚持"人民城市"理念。\n（陆有峰）',
    });
    const article = lastArticle();
    await expect.poll(() => article.locator('.bj-title').innerText()).toBe('学思践悟新思想');
    expect(await article.locator('h2.bj-h1').innerText()).toBe('一、以忠诚为魂');
    expect(await article.locator('h2.bj-h1 strong').count()).toBe(1);
    expect(await article.innerText()).toContain('学员们表示，要坚持“人民城市”理念。');
    expect(await article.locator('.bj-byline').innerText()).toBe('陆有峰');
    expect(await app.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await app.page.locator('.bj-doc img[src^="http"], .bj-doc [style*="color"], .bj-doc [onclick]').count()).toBe(0);
    await app.page.getByRole('alert').filter({ hasText: '已清理：' }).waitFor();
    await waitSaved(app.page);
  });

  it('joins the broken lines of text copied from a PDF, shows what changed, and gives the original back', async () => {
    await newArticleBody();
    const pdf = '区委党校常务副校\n长刘凤强出席开班式并讲话,\n\n要求学员们把握主题主线。\n会上宣读了名单。';
    await paste({ 'text/plain': pdf });
    const article = lastArticle();
    await expect.poll(() => article.innerText()).toContain('区委党校常务副校长刘凤强出席开班式并讲话，要求学员们把握主题主线。');
    const notice = app.page.getByRole('alert').filter({ hasText: '合并断行 2 处' });
    await notice.waitFor();
    await notice.getByRole('button', { name: '查看改动' }).click();
    const review = app.page.getByRole('dialog', { name: '粘贴内容的清理结果' });
    // What the cleanup took out and put in is marked, as Word marks 修订; a joined line break shows as ↵.
    expect((await review.getByLabel('原文').innerText()).replace(/↵/gu, '')).toBe(pdf);
    expect(await review.getByLabel('清理后').innerText()).toContain('开班式并讲话，要求学员们');
    const removed = (await review.getByLabel('原文').locator('del.bj-diff-del').allInnerTexts()).join('');
    expect(removed).toContain(',');
    expect(removed.match(/↵/gu)).toHaveLength(3);
    expect(await review.getByLabel('清理后').locator('ins.bj-diff-ins').allInnerTexts()).toContain('，');
    await review.getByRole('button', { name: '恢复原文' }).click();
    await expect.poll(() => article.innerText()).toContain('长刘凤强出席开班式并讲话,');
    expect(await article.innerText()).not.toContain('讲话，要求');
  });

  it('cleans a 5 MB paste from Word in the background, saying so, while the page keeps answering', async () => {
    await newArticleBody();
    const style = 'mso-style-priority:99;font-family:仿宋_GB2312;mso-ascii-font-family:"Times New Roman";'.repeat(20);
    const paragraph = `<p class=MsoNormal style='${style}'><span lang=EN-US>区委党校常务副校长刘凤强出席开班式并讲话,要求学员们把握主题主线。</span></p>`;
    const html = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    await paste({ 'text/html': html, 'text/plain': '' });
    await app.page.getByRole('alert').filter({ hasText: '正在清理粘贴的内容' }).waitFor();
    // The page still answers while the paste is cleaned.
    expect(await app.page.locator('.bj-statusbar').innerText()).toContain('全期字数');
    await app.page.getByRole('alert').filter({ hasText: '已清理：' }).waitFor({ timeout: 60_000 });
    expect(await lastArticle().innerText()).toContain('开班式并讲话，要求学员们把握主题主线。');
  });

  it('refuses a paste longer than an issue can hold, and says so', async () => {
    await newArticleBody();
    await paste({ 'text/plain': Array.from({ length: 20_000 }, (_, i) => `第${i}条：学员们认真学习，深入思考。`).join('\n') });
    await app.page.getByRole('alert').filter({ hasText: '粘贴的内容太长' }).waitFor({ timeout: 60_000 });
  });

  it('keeps the notice until it is closed, and 恢复原文 puts the original into the title and byline, even after more typing', async () => {
    await newArticleBody();
    const original = '学思践悟新思想\n\n学员们表示,要坚持"人民城市"理念。\n\n（陆有峰）';
    await paste({ 'text/plain': original });
    const article = lastArticle();
    await expect.poll(() => article.locator('.bj-title').innerText()).toBe('学思践悟新思想');
    const notice = app.page.getByRole('alert').filter({ hasText: '已清理' });
    await notice.waitFor();
    await app.page.waitForTimeout(9_000); // longer than a plain notice stays
    expect(await notice.getByRole('button', { name: '恢复原文' }).isVisible()).toBe(true);

    // The clerk types on in another article first; 恢复原文 still takes back just the paste.
    const first = app.page.locator('.bj-section[data-key="jianxun"] .bj-article').first().locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    await first.click();
    await app.page.keyboard.type('【补】');
    await notice.getByRole('button', { name: '恢复原文' }).click();
    await expect.poll(() => article.locator('p:not(.bj-subtitle):not(.bj-byline)').allInnerTexts()).toEqual(['学员们表示,要坚持"人民城市"理念。']);
    expect(await article.locator('.bj-title').innerText()).toBe('学思践悟新思想');
    expect(await article.locator('.bj-byline').innerText()).toBe('陆有峰');
    expect(await first.innerText()).toContain('【补】');

    // Ctrl+Z brings the cleaned text back, not an empty article.
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => article.locator('p:not(.bj-subtitle):not(.bj-byline)').allInnerTexts()).toEqual(['学员们表示，要坚持“人民城市”理念。']);
    expect(await article.locator('.bj-title').innerText()).toBe('学思践悟新思想');
    expect(await first.innerText()).toContain('【补】');
  });

  it('undoes a cleaned paste in one Ctrl+Z', async () => {
    await newArticleBody();
    await paste({ 'text/plain': '第一段,内容。\n第二段内容。' });
    const article = lastArticle();
    await expect.poll(() => article.innerText()).toContain('第一段，内容。');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => article.innerText()).not.toContain('第一段');
  });
});
