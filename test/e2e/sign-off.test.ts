import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSessionForSuite, openApp, waitSaved, clickDownload } from '../helpers/app-page.ts';

/**
 * 签发 as a clerk records it: 历史版本 → 记录签发…, the signer kept with a named version and shown
 * in the history (in a second window too); an export of that text says nothing, one after a
 * sentence typed since warns that it is not what was signed.
 */
const app = appSessionForSuite();
const toolbar = (page: Page) => page.getByRole('toolbar', { name: '工具栏' });

async function exportDocx(page: Page, pastSigned = false): Promise<string | null> {
  const download = page.waitForEvent('download');
  await toolbar(page).getByRole('button', { name: '导出 DOCX' }).click();
  if (pastSigned) await page.getByRole('dialog', { name: '与签发的版本不同' }).getByRole('button', { name: '仍然导出' }).click();
  await page.getByRole('dialog', { name: '导出前校对' }).getByRole('button', { name: '仍然导出' }).click();
  await clickDownload(page);
  await download;
  const dialog = page.getByRole('dialog', { name: '导出 DOCX' });
  await dialog.getByText('目录页码已排好').waitFor();
  const warning = (await dialog.getByRole('alert').count()) ? await dialog.getByRole('alert').textContent() : null;
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  return warning;
}

describe('签发', () => {
  it('keeps who signed which version, and warns when another text is exported', async () => {
    const page = app.page;
    await toolbar(page).getByRole('button', { name: '历史版本' }).click();
    const history = page.getByRole('complementary', { name: '历史版本' });
    await history.getByRole('button', { name: '记录签发…' }).click();
    const dialog = page.getByRole('dialog', { name: '记录签发' });
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.getByText('请填写签发人').waitFor();
    await dialog.getByLabel('签发人').fill('李书记');
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByText('已记录签发：李书记签发“签发稿”。').waitFor();
    const signed = history.locator('section[aria-label="命名版本"] .bj-version-row').filter({ hasText: '签发稿' });
    await signed.getByText('签发：李书记').waitFor();
    await history.getByRole('button', { name: '关闭历史版本' }).click();

    expect(await exportDocx(page)).toBeNull();

    const first = page.locator('.bj-article').first().locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type('签发后又补了一句。');
    await waitSaved(page);
    // Asked before anything is made: 取消 exports nothing, 仍然导出 goes on and the result says it again.
    let downloads = 0;
    page.on('download', () => downloads++);
    await toolbar(page).getByRole('button', { name: '导出 DOCX' }).click();
    const gate = page.getByRole('dialog', { name: '与签发的版本不同' });
    await gate.getByText(/与李书记于\d+月\d+日签发的版本“签发稿”不同/u).waitFor();
    await gate.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => gate.count()).toBe(0);
    expect(downloads).toBe(0);
    expect(await exportDocx(page, true)).toMatch(/与李书记于\d+月\d+日签发的版本“签发稿”不同/u);

    const second = await openApp(app.session.browser, app.session.server.url);
    await toolbar(second).getByRole('button', { name: '历史版本' }).click();
    await second.getByRole('complementary', { name: '历史版本' }).getByText('签发：李书记').waitFor();
    await second.close();
  });
});
