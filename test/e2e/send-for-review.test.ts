import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { appSessionForSuite, openApp, waitSaved, moreCommand, clickDownload } from '../helpers/app-page.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { reviewWithLibreOffice } from '../helpers/libreoffice-review.ts';
import { todayIso } from '../../core/model/date.ts';

/**
 * 送审 as a clerk does it: a sentence typed key by key into an article, the toolbar's 送审 past the
 * proofreading gate, the 送审稿 downloaded; the 历史版本 panel (in a second window too) has it as a
 * named version. The reviewer changes the typed sentence in LibreOffice with 修订 on, and
 * `jianbao review` puts the change back on that article while the clerk has typed on.
 */
const app = appSessionForSuite();
const SENTENCE = '学员们一致表示，要把所学所悟转化为推动工作的实际成效。';

describe('送审 in the browser', () => {
  it('records the 送审稿 version, downloads its DOCX, and the reviewer’s change comes back on its article', async () => {
    const page = app.page;
    const article = page.locator('.bj-article').nth(1);
    const title = (await article.locator('h1.bj-title').first().textContent())!.trim();
    const first = article.locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type(SENTENCE);
    await waitSaved(page);

    const download = page.waitForEvent('download');
    await moreCommand(page, '送审（导出送审稿）…');
    await page.getByRole('dialog', { name: '导出前校对' }).getByRole('button', { name: '仍然导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出送审稿' });
    await clickDownload(page);
    const file = await download;
    expect(file.suggestedFilename()).toBe('松江区第九期处级干部轮训班简报第1期（送审稿）.docx');
    await dialog.getByText('此时的内容已记入历史版本').waitFor();
    const sent = join(app.session.dir.path, 'sent.docx');
    await file.saveAs(sent);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    const name = `送审稿 ${todayIso()}`;
    const xml = unzipSync(readFileSync(sent));
    expect(strFromU8(xml['word/document.xml']!)).toContain('实际成效');
    expect(strFromU8(xml['docProps/custom.xml']!)).toContain(name);

    // The clerk goes on typing after sending.
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type('再补一句。');
    await waitSaved(page);

    // A second window's 历史版本 lists the 送审稿 among the named versions.
    const second = await openApp(app.session.browser, app.session.server.url);
    await second.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '历史版本' }).click();
    await second.locator('.bj-history section[aria-label="命名版本"] .bj-version-row').filter({ hasText: name }).first().waitFor();
    await second.close();

    // The reviewer's pass in LibreOffice, and the change read back against the issue as it is now.
    writeFileSync(join(app.session.dir.path, 'reviewed.docx'), reviewWithLibreOffice(readFileSync(sent), [{ find: '实际成效', replace: '实际成果' }], '王主任'));
    const env = { ...process.env, JIANBAO_DATA_DIR: join(app.session.dir.path, 'data') };
    const issues = runJianbao(app.session.dir.path, ['issues'], env);
    const id = /[0-9a-f]{8}-[0-9a-f-]{27}/u.exec(issues.out)![0];
    expect(runJianbao(app.session.dir.path, ['dump', id, '-o', 'now.json'], env).code).toBe(0);
    const review = runJianbao(app.session.dir.path, ['review', 'reviewed.docx', '--issue', 'now.json', '--json'], env);
    expect(review.code, review.err).toBe(0);
    // Made by the app, it names a stored version: no warning that the file is another one.
    expect(review.err).toBe('');
    expect(JSON.parse(review.out).changes).toEqual([expect.objectContaining({ item: title, kind: 'replace', before: '实际成效', after: '实际成果', author: '王主任', by: 'anchor' })]);
    expect(await first.textContent()).toContain(`${SENTENCE}再补一句。`);
  });
});
