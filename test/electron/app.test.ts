import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication } from 'playwright-core';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { electronBinary, electronVersion } from '../../electron/launch/electron-binary.ts';
import { prepareElectronSqlite } from '../../electron/launch/electron-sqlite.ts';

/**
 * The real desktop app, where an Electron binary could be downloaded (npm install fetches it);
 * on machines that cannot download it the test says so and is skipped.
 */
const binary = electronBinary(REPO);
if (!binary) console.log('跳过桌面应用测试：这台机器上没有 Electron 可执行文件（安装时无法下载）。界面和服务已在浏览器模式下测试。');

describe.skipIf(!binary)('the Electron app', () => {
  const dir = tempDir();
  let app: ElectronApplication | null = null;
  // What npm start does before it opens the app: Electron gets its own build of better-sqlite3.
  beforeAll(() => prepareElectronSqlite(REPO, { electron: electronVersion(REPO), platform: process.platform, arch: process.arch }));
  afterAll(async () => {
    await app?.close();
    dir.remove();
  });

  it('opens the demo issue in an isolated, sandboxed window with the Chinese menu', async () => {
    app = await _electron.launch({ executablePath: binary!, args: [REPO], env: { ...process.env, JIANBAO_DATA_DIR: dir.path } });
    const window = await app.firstWindow();
    await window.locator('.bj-doc').waitFor();
    expect(await window.locator('.bj-masthead-title').inputValue()).toBe('2023-2027松江区第九期处级干部轮训班简报');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { jianbao?: { invoke?: unknown } }).jianbao?.invoke)).toBe('function');
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
    expect(labels).toContain('文件(&F)');
  });
});
