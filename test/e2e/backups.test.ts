import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSessionForSuite, outlineSection, waitSaved } from '../helpers/app-page.ts';

/** 备份与恢复 from the 期刊列表, in Chromium against browser mode: a backup made now brings back a deleted issue. */
const app = appSessionForSuite();
/** For what waits on the service: a version recorded, a list read again, an issue reloaded. */
const WAIT = { timeout: 10_000 };

const TITLE = '备份里的文章';
const rows = () => app.page.locator('.bj-issue-table:not(.bj-trash) tbody tr');
const dialog = () => app.page.getByRole('dialog', { name: '备份与恢复' });
const openBackups = async () => {
  await app.page.getByRole('button', { name: '备份与恢复…' }).click();
  await dialog().waitFor();
};

describe('备份与恢复', () => {
  it('makes a backup now, lists it and saves it to a file', async () => {
    // A second issue with an article of its own, to be deleted and brought back.
    await app.page.getByRole('button', { name: '新建下一期' }).click();
    await expect.poll(() => app.page.getByLabel('期号').inputValue()).toBe('2');
    await outlineSection(app.page, '【学习交流】').getByRole('button', { name: /文章/ }).first().click();
    await app.page.keyboard.type(TITLE);
    await waitSaved(app.page);
    await app.page.getByRole('button', { name: '期刊列表' }).click();
    await expect.poll(() => rows().count()).toBe(2);

    await openBackups();
    const manual = dialog().locator('tbody tr').filter({ hasText: '手动' });
    expect(await manual.count()).toBe(0);
    await dialog().getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => manual.count(), WAIT).toBe(1);
    expect(await dialog().getByRole('status').innerText()).toContain('已备份');
    expect(await manual.innerText()).toMatch(/\d+ KB|\d+\.\d MB/u);
    await app.page.screenshot({ path: 'test-results/backups-list.png' });

    const download = app.page.waitForEvent('download');
    await manual.getByRole('button', { name: '保存到…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.db$/u);
    const saved = join(app.session.dir.path, 'usb-stick.db');
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');

    await dialog().getByRole('button', { name: '关闭' }).click();
    expect(await dialog().count()).toBe(0);
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('备份与恢复…');
  });

  it('brings back an issue deleted after the backup with 恢复所选', async () => {
    await rows().filter({ hasText: '第2期' }).getByRole('button', { name: '删除' }).click();
    await expect.poll(() => rows().count()).toBe(1);

    await openBackups();
    await dialog().locator('tbody tr').filter({ hasText: '手动' }).getByRole('button', { name: '打开' }).click();
    const second = dialog().locator('tbody tr').filter({ hasText: '第2期' });
    await second.waitFor();
    expect(await dialog().locator('tbody tr').count()).toBe(2);
    expect(await second.innerText()).toContain('已删除');
    expect(await dialog().getByRole('button', { name: /恢复所选/u }).isDisabled()).toBe(true);
    await second.getByRole('checkbox').check();
    await app.page.screenshot({ path: 'test-results/backups-open.png' });
    await dialog().getByRole('button', { name: '恢复所选（1）' }).click();

    await app.page.getByRole('alert').filter({ hasText: '已从备份恢复 1 期简报。' }).waitFor();
    expect(await dialog().count()).toBe(0);
    await expect.poll(() => rows().count(), WAIT).toBe(2);
    expect(await app.page.locator('.bj-trash').count()).toBe(0);
    await rows().filter({ hasText: '第2期' }).getByRole('button', { name: '打开' }).click();
    await app.page.locator('.bj-doc').waitFor();
    expect(await app.page.locator('.bj-section[data-key="jiaoliu"] .bj-title').allInnerTexts()).toEqual([TITLE]);
  });
});
