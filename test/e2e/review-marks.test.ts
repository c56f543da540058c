import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appSessionForSuite, openApp, waitSaved, exportMarkedCopy, sendForReviewTo } from '../helpers/app-page.ts';
import { reviewWithLibreOffice } from '../helpers/libreoffice-review.ts';
import { addComments } from '../helpers/add-comments.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';
import { readReviewDocx } from '../../electron/node/service/review-docx.ts';
import { MODERNA, SENTENCE, SURVEY } from '../helpers/reviewed-demo.ts';

/**
 * The 审签 loop as a clerk goes through it: 送审, the leader's copy back from LibreOffice with 修订
 * and two 批注, 导入审阅稿 in the 审阅 panel while the clerk has typed on, one change accepted and one
 * rejected (and that taken back with Ctrl+Z and made again), a comment answered, another resolved,
 * the clean export stopped by the open marks, and the copy with marks read by LibreOffice as its own.
 */
const app = appSessionForSuite();
const TYPED = '会后，各小组将讨论成果汇总成册。';
const toolbar = (page: Page) => page.getByRole('toolbar', { name: '工具栏' });


describe('导入审阅稿 and the 审阅 panel', () => {
  it('takes the leader’s marks in, lets the clerk decide each, and exports what is left as Word 修订 and 批注', async () => {
    const page = app.page;
    const dir = app.session.dir.path;
    const sent = join(dir, 'sent.docx');
    await sendForReviewTo(page, sent);

    // The leader's pass: 修订 in LibreOffice, 批注 as Word writes them.
    const edited = reviewWithLibreOffice(
      readFileSync(sent),
      [
        { find: '旨在提升干部教育培训', replace: '旨在增强干部教育培训' },
        { find: SENTENCE, replace: '' },
        { find: '增强为企服务意识', insertAfter: '和能力' },
      ],
      '王主任',
    );
    const returned = join(dir, '第1期（王主任审阅）.docx');
    writeFileSync(
      returned,
      addComments(edited, [
        { quote: '华为练秋湖研发中心', text: '请核实名称。', author: '李书记', date: '2026-11-24T09:30:00Z' },
        { quote: '六极星通孵化器', text: '请补充所在镇名。', author: '李书记', date: '2026-11-24T09:31:00Z' },
      ]),
    );

    // Meanwhile the clerk typed on in the first article.
    const first = page.locator('.bj-article').first().locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED);
    await waitSaved(page);

    await toolbar(page).getByRole('button', { name: /^审阅/u }).click();
    const panel = page.getByRole('complementary', { name: '审阅' });
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: '导入审阅稿…' }).click();
    await (await chooser).setFiles(returned);
    await page.getByText('修订 3 处，批注 2 条').waitFor();
    await expect.poll(() => panel.locator('.bj-proof-head').textContent()).toContain('修订 3，批注 2');
    const doc = page.locator('.bj-doc');
    await expect.poll(() => doc.locator('ins.bj-ins').allTextContents()).toEqual([expect.stringContaining('增强'), '和能力']);
    await expect.poll(() => doc.locator('del.bj-del').allTextContents()).toEqual([expect.stringContaining('提升'), SENTENCE]);
    await expect.poll(() => doc.locator('span.bj-comment').allTextContents()).toEqual(['六极星通孵化器', '华为练秋湖研发中心']);
    expect(await first.textContent()).toContain(TYPED);
    // Each mark is listed under its article.
    await panel.getByRole('region', { name: SURVEY }).getByText('请补充所在镇名。').waitFor();
    await panel.getByRole('region', { name: MODERNA }).getByText('“和能力”').waitFor();
    await doc.locator('del.bj-del').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/review-panel.png' });

    // 接受 the replacement, 拒绝 the deletion.
    await panel.locator('li[data-mark]').filter({ hasText: '改为' }).getByRole('button', { name: '接受' }).click();
    await panel.locator('li[data-mark]').filter({ hasText: '区委党校4名老师' }).getByRole('button', { name: '拒绝' }).click();
    await expect.poll(() => doc.locator('del.bj-del').count()).toBe(0);
    await expect.poll(() => doc.locator('ins.bj-ins').allTextContents()).toEqual(['和能力']);
    expect(await doc.textContent()).toContain('旨在增强干部教育培训');
    expect(await doc.textContent()).toContain(SENTENCE);

    // Ctrl+Z takes the rejection back, and only it; the panel lists the deletion again.
    await first.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => doc.locator('del.bj-del').allTextContents()).toEqual([SENTENCE]);
    expect(await doc.textContent()).toContain('旨在增强干部教育培训');
    await panel.locator('li[data-mark]').filter({ hasText: '区委党校4名老师' }).getByRole('button', { name: '拒绝' }).click();
    await expect.poll(() => doc.locator('del.bj-del').count()).toBe(0);

    // One comment answered, the other resolved.
    const huawei = panel.locator('.bj-review-comment').filter({ hasText: '请核实名称。' });
    await huawei.getByRole('textbox').fill('已与华为核实，名称无误。');
    await huawei.getByRole('button', { name: '回复' }).click();
    await huawei.getByText('已与华为核实，名称无误。').waitFor();
    await panel.locator('.bj-review-comment').filter({ hasText: '请补充所在镇名。' }).getByRole('button', { name: '解决' }).click();
    await panel.getByText('已解决的批注（1）').waitFor();
    await expect.poll(() => doc.locator('span.bj-comment').allTextContents()).toEqual(['华为练秋湖研发中心']);
    await waitSaved(page);

    // A clean export stops at the open marks; the clerk takes the copy with marks.
    const marked = join(dir, 'marked.docx');
    await exportMarkedCopy(page, '1 处修订、1 条批注', marked);
    await page.getByRole('dialog', { name: '导出带修订稿' }).getByText('显示为“修订”和“批注”').waitFor();
    await page.keyboard.press('Escape');

    // LibreOffice opens it and saves it again: the remaining marks are its own tracked change and comments.
    const back = readReviewDocx('marked.docx', readFileSync(convertWithLibreOffice(marked, 'docx:MS Word 2007 XML', join(dir, 'back'))));
    expect(back.paragraphs.flatMap((p) => p.changes.map(({ kind, after, author }) => ({ kind, after, author })))).toEqual([{ kind: 'insert', after: '和能力', author: '王主任' }]);
    // The resolved comment goes too, as resolved; LibreOffice keeps a reply as a comment of its own on the same words.
    expect(back.paragraphs.flatMap((p) => p.comments.map(({ quote, text, author, resolved }) => ({ quote, text, author, resolved })))).toEqual([
      { quote: '六极星通孵化器', text: '请补充所在镇名。', author: '李书记', resolved: true },
      { quote: '华为练秋湖研发中心', text: '请核实名称。', author: '李书记', resolved: false },
      { quote: '华为练秋湖研发中心', text: '已与华为核实，名称无误。', author: '编辑', resolved: false },
    ]);
    const text = back.paragraphs.map((p) => p.after).join('\n');
    expect(text).toContain('旨在增强干部教育培训');
    expect(text).toContain(SENTENCE);
    expect(text).toContain(TYPED);

    // The decisions are stored: a second window shows what is still open.
    const second = await openApp(app.session.browser, app.session.server.url);
    await toolbar(second).getByRole('button', { name: '审阅（2）' }).click();
    await expect.poll(() => second.getByRole('complementary', { name: '审阅' }).locator('.bj-proof-head').textContent()).toContain('修订 1，批注 1');
    await second.close();
  });
});
