import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';

/**
 * The real desktop app, where an Electron binary could be downloaded. The `electron` package
 * writes its binary's path to path.txt once it has one; on machines that cannot download it the
 * test says so and is skipped.
 */
function electronBinary(): string | null {
  const dist = join(REPO, 'node_modules/electron/dist');
  const pathTxt = join(REPO, 'node_modules/electron/path.txt');
  if (!existsSync(pathTxt)) return null;
  const binary = join(dist, readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.log('跳过桌面应用测试：这台机器上没有 Electron 可执行文件（安装时无法下载）。界面和服务已在浏览器模式下测试。');

describe.skipIf(!binary)('the Electron app', () => {
  const dir = tempDir();
  let app: ElectronApplication | null = null;
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
