import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { cmapPdf } from '../helpers/cmap-pdf.ts';
import { moreCommand } from '../helpers/app-page.ts';
import { electronBinary, electronVersion } from '../../electron/launch/electron-binary.ts';
import { prepareElectronSqlite } from '../../electron/launch/electron-sqlite.ts';

/**
 * The real desktop app, as a clerk uses it on the first day: it runs where Electron could be
 * downloaded (every desktop of .github/workflows/desktop.yml: Windows, macOS, Linux). On machines
 * that cannot download it the test says so and is skipped; there the stand-in for Electron
 * (desktop-shell.test.ts) runs the same bundles.
 *
 * JIANBAO_PACKAGED_APP names an installed app's executable to test instead of `electron .` (the
 * workflow packs one with the inspector fuse left on, since Playwright drives Electron through it).
 */
const packaged = process.env.JIANBAO_PACKAGED_APP;
const binary = packaged ?? electronBinary(REPO);
if (!binary) console.log('跳过桌面应用测试：这台机器上没有 Electron 可执行文件（安装时无法下载）。界面和服务已在浏览器模式下测试，桌面外壳由 desktop-shell.test.ts 的 Electron 替身测试。');

const SENTENCE = '桌面版里打的这一句，关掉再开还在。';

describe.skipIf(!binary)('the Electron app', () => {
  const dir = tempDir();
  const data = join(dir.path, 'data');
  let app: ElectronApplication;
  let window: Page;

  const launch = async () => {
    app = await _electron.launch({
      executablePath: binary!,
      args: packaged ? [] : [REPO],
      env: { ...process.env, JIANBAO_DATA_DIR: data },
    });
    // Every download (an export) is saved into the test's folder instead of through the save dialog,
    // as the clerk's choice in that dialog would.
    await app.evaluate(({ session }, folder) => {
      session.defaultSession.on('will-download', (_event, item) => item.setSavePath(`${folder}/${item.getFilename()}`));
    }, dir.path);
    window = await app.firstWindow();
    await window.locator('.bj-doc').waitFor();
  };

  // What npm start does before it opens the app: Electron gets its own build of better-sqlite3.
  beforeAll(async () => {
    if (!packaged) await prepareElectronSqlite(REPO, { electron: electronVersion(REPO), platform: process.platform, arch: process.arch });
    await launch();
  }, 300_000);
  afterAll(async () => {
    await app?.close().catch(() => undefined);
    dir.remove();
  });

  it('opens the demo in an isolated, sandboxed window with the Chinese menu', async () => {
    expect(await window.locator('.bj-masthead-title').inputValue()).toBe('2023-2027松江区第九期处级干部轮训班简报');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { jianbao?: { invoke?: unknown } }).jianbao?.invoke)).toBe('function');
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
    expect(labels).toContain('文件(&F)');
  });

  it('takes a sentence typed into an article and exports the DOCX through the save dialog', async () => {
    const paragraph = window.locator('.bj-section[data-key="jiaoliu"] .bj-article p:not(.bj-subtitle):not(.bj-byline)').first();
    await paragraph.click();
    await window.keyboard.press('End');
    await window.keyboard.type(SENTENCE);
    await window.locator('[data-save="saved"]').waitFor();
    await window.getByRole('button', { name: '导出 DOCX' }).click();
    const gate = window.getByRole('dialog', { name: '导出前校对' });
    if (await gate.isVisible().catch(() => false)) await gate.getByRole('button', { name: '仍然导出' }).click();
    // 保存…: Electron's save dialog, answered by the test's will-download handler above.
    await window.getByRole('dialog', { name: '导出 DOCX' }).getByRole('button', { name: '保存…' }).click();
    const saved = join(dir.path, '松江区第九期处级干部轮训班简报第1期.docx');
    await expect.poll(() => existsSync(saved), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await window.keyboard.press('Escape');
  });

  it('imports a Chinese PDF (pdf.js\'s character maps) and an old Word .doc into the 收稿箱', async () => {
    const pdf = join(dir.path, '心得.pdf');
    writeFileSync(pdf, cmapPdf(['学思践悟新思想', '通过学习，我深刻认识到理论武装的重要意义。']));
    const chooser = window.waitForEvent('filechooser');
    await window.getByRole('button', { name: '导入稿件…' }).click();
    await (await chooser).setFiles([pdf, join(REPO, 'test/fixtures/desktop/来稿.doc')]);
    await window.getByRole('alert').filter({ hasText: '已导入 2 篇稿件。' }).waitFor({ timeout: 60_000 });
    const inbox = await window.locator('.bj-inbox').innerText();
    expect(inbox).toContain('学思践悟新思想');
    expect(inbox).toContain('在学思践悟中坚定理想信念');
  });

  it('copies the issue for the 公众号 onto the system clipboard', async () => {
    await moreCommand(window, '复制为公众号格式…');
    const dialog = window.getByRole('dialog', { name: '复制为公众号格式' });
    await dialog.getByRole('button', { name: '复制整期' }).click();
    await dialog.getByRole('status').filter({ hasText: '已复制整期' }).waitFor();
    const html = await app.evaluate(({ clipboard }) => (clipboard as unknown as { readHTML(): string }).readHTML());
    expect(html).toContain('目　录');
    expect(html).toContain(SENTENCE.slice(0, 8));
    await window.keyboard.press('Escape');
  });

  it('keeps the sentence when the window is closed, and shows it on the next start', async () => {
    // As the clerk closes it: the window's close button, which waits for the page to store what was typed.
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await closed;
    await launch();
    await expect
      .poll(() => window.locator('.bj-section[data-key="jiaoliu"] .bj-article p').first().textContent())
      .toContain(SENTENCE);
  });
});
