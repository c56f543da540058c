import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSessionForSuite, outlineLabels, outlineSection, waitSaved, moreCommand } from '../helpers/app-page.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';
import { blockText, itemBlocks } from '../helpers/item-blocks.ts';
import { essayDocx, type Essay } from '../helpers/make-docx.ts';
import { REPO } from '../helpers/web-server.ts';

/**
 * A contributor's essay saved as .docx by a real office suite (LibreOffice Writer, headless), taken
 * into the issue as a clerk does: 导入稿件…, 放入… from the keyboard, a correction typed key by key,
 * the 校对 panel opened and closed, and the text still right after a restart.
 */
const app = appSessionForSuite();
const TITLE = '坚持人民至上 践行初心使命';

/** What the contributor typed in Writer: half-width commas and quotes, `...`, a bold run, a signature. */
const ESSAY = `<html><head><meta charset="utf-8"></head><body>
<h1>${TITLE}</h1>
<p>——第十期处级干部轮训班学习体会</p>
<h2>一、提高政治站位</h2>
<p>通过这次学习,我深刻认识到"两个确立"的决定性意义,进一步增强了"四个意识"。</p>
<p>作为基层党员干部,要把学习成果<b>转化为推动工作的实际行动</b>,做到学用结合。</p>
<h2>二、强化责任担当</h2>
<p>今后要坚持以人民为中心的发展思想,扎实做好本职工作...</p>
<p>（张晓明）</p>
</body></html>`;

const article = () => app.page.locator('.bj-section[data-key="jiaoliu"] .bj-article').last();

describe('an essay saved by an office suite', () => {
  it('is imported, cleaned, placed with the keyboard, corrected by typing, and kept', async () => {
    const page = app.page;
    const html = join(app.session.dir.path, '张晓明心得.html');
    writeFileSync(html, ESSAY);
    const docx = convertWithLibreOffice(html, 'docx:MS Word 2007 XML', app.session.dir.path, 'HTML (StarWriter)');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入稿件…' }).click();
    await (await chooser).setFiles(docx);
    const menuButton = page.getByRole('button', { name: `把“${TITLE}”放入…` });
    await menuButton.waitFor();
    await menuButton.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: '放入栏目' });
    await menu.getByRole('menuitem', { name: '【学习交流】' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => outlineLabels(page, '【学习交流】')).toContain(TITLE);

    expect(await itemBlocks(article())).toEqual([
      { kind: 'title', text: TITLE },
      { kind: 'subtitle', text: '——第十期处级干部轮训班学习体会' },
      { kind: 'heading', text: '一、提高政治站位' },
      { kind: 'paragraph', text: '通过这次学习，我深刻认识到“两个确立”的决定性意义，进一步增强了“四个意识”。' },
      { kind: 'paragraph', text: '作为基层党员干部，要把学习成果转化为推动工作的实际行动，做到学用结合。' },
      { kind: 'heading', text: '二、强化责任担当' },
      { kind: 'paragraph', text: '今后要坚持以人民为中心的发展思想，扎实做好本职工作……' },
      { kind: 'byline', text: '张晓明' },
    ]);
    expect(await article().locator('strong').innerText()).toBe('转化为推动工作的实际行动'); // bold survives, fonts do not

    // The clerk adds a sentence at the end of the last paragraph, key by key.
    const last = article().locator('p:not(.bj-subtitle):not(.bj-byline)').last();
    const box = (await last.boundingBox())!;
    await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
    await page.keyboard.press('End');
    await page.keyboard.type('以实际行动践行初心使命。');

    // Opens 校对, closes it, and types on: the caret is back in the text.
    await page.getByRole('button', { name: /^校对/ }).click();
    await page.getByRole('complementary', { name: '校对' }).waitFor();
    await page.getByRole('button', { name: '关闭校对' }).click();
    await page.keyboard.type('（完）');
    await expect.poll(() => blockText(last)).toBe('今后要坚持以人民为中心的发展思想，扎实做好本职工作……以实际行动践行初心使命。（完）');

    await waitSaved(page);
    await app.session.restart(false);
    await expect.poll(() => blockText(article().locator('p:not(.bj-subtitle):not(.bj-byline)').last())).toContain('践行初心使命。（完）');
    expect((await itemBlocks(article())).map((b) => b.kind)).toEqual(['title', 'subtitle', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'byline']);
    expect(await outlineSection(app.page, '【学习交流】').locator('.bj-outline-item').count()).toBeGreaterThan(1);
  });

  it('takes a PDF and an old .doc from the office into the 收稿箱, names the broken file, and places the PDF whole', async () => {
    const page = app.page;
    const dir = app.session.dir.path;
    const essay = JSON.parse(readFileSync(join(REPO, 'test/fixtures/contributions/office-essay.json'), 'utf8')) as Essay;
    const docx = join(dir, '张晓明心得.docx');
    writeFileSync(docx, await essayDocx(essay));
    const pdf = convertWithLibreOffice(docx, 'pdf', dir);
    const doc = convertWithLibreOffice(docx, 'doc:MS Word 97', dir);
    const broken = join(dir, '传真件.pdf');
    writeFileSync(broken, readFileSync(pdf).subarray(0, 300));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入稿件…' }).click();
    await (await chooser).setFiles([pdf, broken, doc]);
    await page.getByRole('alert').filter({ hasText: '已导入 2 篇稿件；1 篇未能导入：“传真件.pdf”不是有效的 PDF 文件' }).waitFor();
    await expect.poll(() => page.locator('.bj-inbox').innerText()).toContain(`${essay.title}（${essay.byline}）`);

    await page.getByRole('button', { name: `把“${essay.title}”放入…` }).first().click();
    await page.getByRole('menu', { name: '放入栏目' }).getByRole('menuitem', { name: '【学习交流】' }).click();
    await expect.poll(async () => (await itemBlocks(article())).map((b) => b.text)).toEqual([essay.title, ...essay.paragraphs, essay.byline]);

    // The clerk adds a sentence to the essay key by key, copies the essay for the 公众号 from its
    // panel, comes back to the text and types on: the post has what was typed just before.
    const last = article().locator('p:not(.bj-subtitle):not(.bj-byline)').last();
    const box = (await last.boundingBox())!;
    await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
    await page.keyboard.press('End');
    await page.keyboard.type('让我们从现在做起。');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await moreCommand(page, '复制为公众号格式…');
    const dialog = page.getByRole('dialog', { name: '复制为公众号格式' });
    await dialog.getByRole('button', { name: `只复制《${essay.title}》` }).click();
    await dialog.getByRole('status').filter({ hasText: `已复制《${essay.title}》` }).waitFor();
    const post = await page.evaluate(async () => (await (await navigator.clipboard.read())[0]!.getType('text/html')).text());
    expect(post).toContain('贡献自己的智慧和力量。让我们从现在做起。');
    expect(post).toContain(essay.byline);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.type('（完）');
    await expect.poll(() => blockText(last)).toBe(`${essay.paragraphs.at(-1)}让我们从现在做起。（完）`);
  });
});
