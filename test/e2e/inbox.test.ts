import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { outlineLabels, outlineSection, startAppSession, type AppSession } from '../helpers/app-page.ts';
import { contributorDocx } from '../helpers/make-docx.ts';

/** The 收稿箱 in Chromium: a folder of contributors' .docx files in, one dragged into the issue. */
let session: AppSession;
let page: Page;
let files: string[];

const ESSAYS = [
  ['学思践悟新思想 知行合一担使命', '陆有峰'],
  ['凝心铸魂强担当 创新实践促发展', '朱秀兵'],
  ['以科技创新为引擎 谱写发展新篇章', '陆青'],
] as const;

beforeAll(async () => {
  session = await startAppSession();
  page = session.page;
  files = [];
  for (const [title, author] of ESSAYS) {
    const file = join(session.dir.path, `${author}.docx`);
    writeFileSync(file, await contributorDocx(title, ['通过学习,我深刻认识到"两个确立"的决定性意义。'], author));
    files.push(file);
  }
  const renamed = join(session.dir.path, '旧版稿件.docx');
  writeFileSync(renamed, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  files.push(renamed);
});
afterAll(() => session?.close());

const inboxItems = () => page.locator('.bj-inbox .bj-outline-item');

describe('the 收稿箱', () => {
  it('imports a batch of files, cleaned, and names the one it cannot read while the rest go in', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入稿件…' }).click();
    await (await chooser).setFiles(files);
    await page.getByRole('alert').filter({ hasText: '已导入 3 篇稿件；1 篇未能导入：“旧版稿件.docx”其实是旧版 .doc 或 .wps 文件' }).waitFor();
    expect(await inboxItems().count()).toBe(3);
    expect(await page.locator('.bj-inbox').innerText()).toContain('学思践悟新思想 知行合一担使命（陆有峰）');
  });

  it('places a submission in 【学习交流】 by dragging it onto the section in the outline', async () => {
    const before = await outlineLabels(page, '【学习交流】');
    await inboxItems().filter({ hasText: '凝心铸魂强担当' }).dragTo(outlineSection(page, '【学习交流】').locator('.bj-outline-heading'));
    await expect.poll(() => outlineLabels(page, '【学习交流】')).toHaveLength(before.length + 1);
    expect((await outlineLabels(page, '【学习交流】')).at(-1)).toBe('凝心铸魂强担当 创新实践促发展');
    const article = page.locator('.bj-section[data-key="jiaoliu"] .bj-article').last();
    expect(await article.locator('h2.bj-h1').innerText()).toBe('一、提高政治站位');
    expect(await article.innerText()).toContain('通过学习，我深刻认识到“两个确立”的决定性意义。');
    expect(await article.locator('.bj-byline').innerText()).toBe('朱秀兵');
    await expect.poll(() => inboxItems().count()).toBe(2);
  });

  it('refuses a submission where the template does not take articles', async () => {
    await inboxItems().first().dragTo(outlineSection(page, '【学习掠影】').locator('.bj-outline-heading'));
    await page.getByRole('alert').filter({ hasText: '【学习掠影】只能放入照片。' }).waitFor();
    expect(await inboxItems().count()).toBe(2);
  });
});
