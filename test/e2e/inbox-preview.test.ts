import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appSessionForSuite, clickDownload, outlineLabels, outlineSection } from '../helpers/app-page.ts';
import { essayFromLibreOffice } from '../helpers/libreoffice-essay.ts';
import { itemBlocks } from '../helpers/item-blocks.ts';
import { solidPng } from '../helpers/png.ts';
import { renderDocx } from '../helpers/render-pdf.ts';

/**
 * The 收稿箱 as a clerk reads it before placing: a trainee's essay as LibreOffice saves it (a title,
 * a byline with a wrong name, numbered headings, a photo, and a paragraph with a lost quote mark)
 * is imported, read in the preview, its byline fixed, its changes looked at, and placed with 放入…
 * into 【学习感悟】, where it becomes a 心得 signed by its author; the exported DOCX, rendered by
 * LibreOffice, prints it so. Also: an untitled file named by its first words, 放入… greyed where an
 * essay cannot go, the keyboard's Enter and Esc, 删除 from the preview, a drop onto 【学习感悟】,
 * and the preview on a 1366×768 screen (screenshots in test-results/).
 */
const app = appSessionForSuite();
const TITLE = '以调查研究推动社区治理';
const QUOTED = '习近平总书记说"调查研究是谋事之基、成事之道，我们要牢记在心。';
const LATER = '民生领域需求碎片化，调查研究是精准把握民生需求的重要手段。';
const UNTITLED = '通过这几天的学习，我收获颇丰，也进一步明确了今后前行的方向。';

const preview = (page: Page) => page.getByRole('region', { name: '稿件预览' });
const row = (page: Page, text: string) => page.locator('.bj-inbox .bj-outline-item').filter({ hasText: text });

async function importFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入稿件…' }).click();
  await (await chooser).setFiles(files);
  await page.getByRole('alert').filter({ hasText: `已导入 ${files.length} 篇稿件` }).waitFor();
}

describe('the 收稿箱 preview', () => {
  it('shows what arrived, keeps the clerk’s fix of the byline, and places the essay into 【学习感悟】 as a 心得 signed by its author', async () => {
    const { page } = app;
    const dir = app.session.dir.path;
    await page.setViewportSize({ width: 1366, height: 768 });
    writeFileSync(join(dir, '走访.png'), solidPng(80, 60, [30, 120, 200]));
    const { docx } = essayFromLibreOffice(dir, '王芳的心得', TITLE, [
      { plain: '文/王方' },
      { heading: 0, text: '抬头仰望' },
      { text: QUOTED },
      { picture: join(dir, '走访.png'), caption: '小组成员在社区走访' },
      { heading: 0, text: '脚踏实地' },
      { text: LATER },
    ]);
    await importFiles(page, [docx]);

    // Clicking the row shows the preview in the page's place.
    await row(page, TITLE).getByRole('button', { name: new RegExp(`^${TITLE}`, 'u') }).click();
    const view = preview(page);
    await view.waitFor();
    expect(await page.locator('main.bj-scroll').isHidden()).toBe(true);
    expect(await view.getByRole('heading', { level: 2 }).innerText()).toBe(`《${TITLE}》`);
    expect(await view.getByLabel('标题').inputValue()).toBe(TITLE);
    expect(await view.getByLabel('署名').inputValue()).toBe('文/王方');
    await view.locator('.bj-submission-text').waitFor();
    expect(await view.locator('.bj-submission-text h4').allInnerTexts()).toEqual(['一、抬头仰望', '二、脚踏实地']);
    expect(await view.locator('.bj-submission-text').innerText()).toContain(LATER);
    expect(await view.getByRole('list', { name: '需要核对' }).innerText()).toContain('引号不成对，可能丢失了一个引号，请对照原稿核对');
    const photo = view.locator('.bj-submission-text img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(80);
    expect(await view.locator('.bj-submission-text figcaption').innerText()).toBe('小组成员在社区走访');
    await page.screenshot({ path: 'test-results/inbox-preview-1366.png' });
    // On a 1366×768 screen the actions are in sight, and the 收稿箱 stays beside the preview.
    for (const name of ['返回编辑', '删除', `把“${TITLE}”放入…`]) {
      const box = (await view.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1366);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
    }
    expect(await page.getByRole('region', { name: '收稿箱' }).isVisible()).toBe(true);

    // The clerk fixes the byline, key by key; it is stored, and the row says so.
    await view.getByLabel('署名').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('芳');
    await page.keyboard.press('Enter');
    await view.getByRole('status').filter({ hasText: '已保存标题和署名。' }).waitFor();
    await expect.poll(() => row(page, TITLE).locator('.bj-outline-author').innerText()).toBe('（文/王芳）');

    // 查看改动 from the preview.
    await view.getByRole('button', { name: `查看改动：${TITLE}` }).click();
    const changes = page.getByRole('dialog', { name: '稿件的清理结果' });
    expect(await changes.getByRole('list', { name: '删除的文字' }).innerText()).toContain('文/王方');
    await changes.getByRole('button', { name: '关闭' }).click();
    await changes.waitFor({ state: 'detached' });

    // 放入… lists every section; 【学习掠影】 greyed with the reason, 【学习感悟】 saying what the essay becomes there.
    await view.getByRole('button', { name: `把“${TITLE}”放入…` }).click();
    const menu = page.getByRole('menu', { name: '放入栏目' });
    const entries = menu.getByRole('menuitem');
    expect(await entries.evaluateAll((items) => items.map((i) => [i.textContent, i.getAttribute('aria-disabled')]))).toEqual([
      ['【简讯】', null],
      ['【学习交流】', null],
      ['【学习动态】', null],
      ['【学习感悟】作为心得体会', null],
      ['【学习掠影】只能放入照片', 'true'],
    ]);
    const reflections = page.locator('.bj-section[data-key="ganwu"] .bj-reflection');
    const before = await reflections.count();
    await entries.filter({ hasText: '【学习感悟】' }).click();

    // Words would be left out: the clerk is told exactly which; 取消 leaves everything as it was.
    const question = page.getByRole('dialog', { name: '放入【学习感悟】' });
    await question.waitFor();
    expect(await question.getByRole('list', { name: '不会保留的内容' }).locator('li').allInnerTexts()).toEqual([`标题：“${TITLE}”`, '照片：“小组成员在社区走访”']);
    await question.getByRole('button', { name: '取消' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await view.isVisible()).toBe(true);
    expect(await row(page, TITLE).count()).toBe(1);
    expect(await reflections.count()).toBe(before);

    // Asked again, the clerk keeps the title as the first line.
    await view.getByRole('button', { name: `把“${TITLE}”放入…` }).click();
    await menu.getByRole('menuitem').filter({ hasText: '【学习感悟】' }).click();
    await question.getByRole('button', { name: '标题改作第一段，放入' }).click();

    await view.waitFor({ state: 'detached' });
    await expect.poll(() => row(page, TITLE).count()).toBe(0);
    expect(await reflections.count()).toBe(before + 1);
    const reflection = reflections.last();
    expect(await itemBlocks(reflection)).toEqual([
      { kind: 'paragraph', text: TITLE },
      { kind: 'paragraph', text: '一、抬头仰望' },
      { kind: 'paragraph', text: QUOTED },
      { kind: 'paragraph', text: '二、脚踏实地' },
      { kind: 'paragraph', text: LATER },
      { kind: 'byline', text: '王芳' },
    ]);
    expect(await reflection.isVisible()).toBe(true);
    await expect.poll(async () => (await outlineLabels(page, '【学习感悟】')).at(-1)).toBe(TITLE);
    await page
      .getByRole('alert')
      .filter({ hasText: `已作为心得体会放入【学习感悟】：标题“${TITLE}”改作第一段；2 个小标题改为正文段落；1 张照片未放入；署名“文/王芳”改为落款“王芳”。` })
      .waitFor();

    // Exported and printed as the template's 心得 are: its paragraphs, then the author in brackets.
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog', { name: '导出前校对' }).getByRole('button', { name: '仍然导出' }).click();
    const saved = join(dir, '心得.docx');
    await clickDownload(page);
    await (await download).saveAs(saved);
    await page.getByRole('dialog', { name: '导出 DOCX' }).getByRole('button', { name: '关闭' }).click();
    const printed = renderDocx(readFileSync(saved))
      .map((p) => p.flat)
      .join('');
    const flat = (s: string) => s.replace(/\s+/gu, '');
    const at = printed.indexOf(flat(`${TITLE}一、抬头仰望${QUOTED}二、脚踏实地${LATER}（王芳）`));
    expect(at).toBeGreaterThan(printed.lastIndexOf('【学习感悟】'));
  });

  it('names an untitled file by its first words, opens it with Enter, closes it with Esc back on its row, and deletes it from the preview', async () => {
    const { page } = app;
    const file = join(app.session.dir.path, '学员来稿3.txt');
    writeFileSync(file, `${UNTITLED}\n\n面对镇域建设中的困难和挑战，不推诿、不逃避，加强与同事之间的沟通协作。\n`);
    await importFiles(page, [file]);
    const untitled = row(page, '通过这几天的学习');
    const open = untitled.locator('.bj-inbox-open');
    expect(await open.innerText()).toBe('通过这几天的学习，我收获颇丰，也…');
    expect(await untitled.innerText()).not.toContain('学员来稿3');

    await open.focus();
    await page.keyboard.press('Enter');
    const view = preview(page);
    await view.waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => view.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await view.getByRole('heading', { level: 2 }).innerText()).toBe('无标题：通过这几天的学习，我收获颇丰，也…');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    expect(await page.locator('main.bj-scroll').isVisible()).toBe(true);
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await view.getByRole('button', { name: '删除', exact: true }).click();
    const ask = page.getByRole('dialog', { name: '删除稿件' });
    expect(await ask.innerText()).toContain('从收稿箱删除“通过这几天的学习，我收获颇丰，也…”？');
    await ask.getByRole('button', { name: '删除', exact: true }).click();
    await view.waitFor({ state: 'detached' });
    await expect.poll(() => untitled.count()).toBe(0);
    await page.getByRole('alert').filter({ hasText: '已从收稿箱删除“通过这几天的学习，我收获颇丰，也…”。' }).waitFor();
  });

  it('takes a 心得 dropped on 【学习感悟】 in the outline without asking when no words are lost, and says what it changed', async () => {
    const { page } = app;
    const file = join(app.session.dir.path, '王维平.txt');
    writeFileSync(file, `学习心得\n\n${UNTITLED}\n\n（王维平）\n`);
    await importFiles(page, [file]);
    const before = await outlineLabels(page, '【学习感悟】');
    await row(page, '学习心得').dragTo(outlineSection(page, '【学习感悟】').locator('.bj-outline-heading'));
    await expect.poll(() => outlineLabels(page, '【学习感悟】')).toHaveLength(before.length + 1);
    await page.getByRole('alert').filter({ hasText: '已作为心得体会放入【学习感悟】：删去标题“学习心得”（栏目名已说明是心得）。' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await itemBlocks(page.locator('.bj-section[data-key="ganwu"] .bj-reflection').last())).toEqual([
      { kind: 'paragraph', text: UNTITLED },
      { kind: 'byline', text: '王维平' },
    ]);
  });
});
