import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchChromium } from '../helpers/browser.ts';
import { tempDir } from '../helpers/tmp.ts';
import { FAKE_ELECTRON, startDesktop, type DesktopRun } from '../helpers/fake-electron.ts';
import { acquireInstanceLock } from '../../electron/node/process/instance-lock.ts';
import { electronSqliteFile } from '../../electron/node/process/sqlite-binding.ts';
import { REPO } from '../helpers/web-server.ts';

/**
 * The built desktop app (main and preload bundles, the real page) with a stand-in for Electron:
 * what the app asks of Electron is what these tests check, on machines where Electron cannot run.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

async function opened(app: DesktopRun): Promise<Page> {
  await expect.poll(() => app.windows.some((w) => w.page), { timeout: 30_000 }).toBe(true);
  const page = app.main().page!;
  await page.locator('.bj-doc, .bj-home').first().waitFor();
  return page;
}

/** Whether the data folder is free: another instance could take it now. */
function folderFree(dir: string): boolean {
  const lock = acquireInstanceLock(dir);
  if ('holder' in lock) return false;
  lock.release();
  return true;
}

/** The app started on a fresh data folder, used, then stopped and the folder removed. */
async function withDesktop(options: { breakScheme?: boolean; native?: boolean }, use: (app: DesktopRun, data: string) => Promise<void>): Promise<void> {
  const dir = tempDir();
  // Without its database component the app opens no window: no browser is needed.
  const app = await startDesktop({ ...options, browser: options.native === false ? null : browser, dataDir: dir.path });
  try {
    await use(app, dir.path);
  } finally {
    await app.stop();
    dir.remove();
  }
}

describe('the desktop app, run with a stand-in for Electron', () => {
  it('opens the demo and answers IPC only from its own main frame', async () => {
    await withDesktop({}, async (app) => {
      const page = await opened(app);
      expect(await page.locator('.bj-masthead-title').inputValue()).toBe('2023-2027松江区第九期处级干部轮训班简报');
      expect(app.main().shown).toBe(true);
      expect(await app.invoke('listIssues', {})).toMatchObject({ ok: true });
      const refused = { ok: false, error: '拒绝了来源不明的请求。' };
      // A frame inside the page (an iframe of a pasted post, say) gets nothing, even at the app's own URL.
      expect(await app.invoke('listIssues', {}, { subframe: true })).toEqual(refused);
      expect(await app.invoke('listIssues', {}, { url: 'jianbao://app/other.html' })).toEqual(refused);
      expect(await app.invoke('listIssues', {}, { url: 'file:///tmp/evil.html' })).toEqual(refused);
    });
  });

  it('grants the page the clipboard for 复制为公众号格式, and nothing else to anyone', async () => {
    await withDesktop({}, async (app) => {
      await opened(app);
      const own = { requestingUrl: 'jianbao://app/index.html', isMainFrame: true };
      expect(await app.permissionRequest({ permission: 'clipboard-sanitized-write', ...own })).toBe(true);
      expect(app.permissionCheck({ permission: 'clipboard-sanitized-write', ...own })).toBe(true);
      for (const ask of [
        { permission: 'clipboard-sanitized-write', requestingUrl: 'jianbao://app/index.html', isMainFrame: false },
        { permission: 'clipboard-sanitized-write', requestingUrl: 'https://example.com/', isMainFrame: true },
        { permission: 'clipboard-sanitized-write', requestingUrl: 'file:///tmp/evil.html', isMainFrame: true },
        { permission: 'clipboard-read', ...own },
        { permission: 'media', ...own },
        { permission: 'notifications', ...own },
        { permission: 'geolocation', ...own },
      ]) {
        expect(await app.permissionRequest(ask), JSON.stringify(ask)).toBe(false);
        expect(app.permissionCheck(ask), JSON.stringify(ask)).toBe(false);
      }
    });
  });

  it('closes at once from the 期刊列表: the page answers the close itself, and the data folder is let go', async () => {
    await withDesktop({}, async (app, data) => {
      const page = await opened(app);
      await page.getByRole('button', { name: '期刊列表' }).click();
      await page.locator('.bj-home').waitFor();
      app.main().close();
      // Closed by the page's answer, not by the window's time limit (which would leave no answer).
      await expect.poll(() => app.main().isDestroyed()).toBe(true);
      expect(app.flushAnswers()).toBe(1);
      expect(folderFree(data)).toBe(true);
    });
  });

  it('greys in its menu what cannot run on the screen shown, as the toolbar does, and a greyed command sent anyway says why', async () => {
    await withDesktop({}, async (app) => {
      const page = await opened(app);
      await expect.poll(() => app.menuEnabled('exportDocx')).toBe(true);
      expect(app.menuEnabled('insertPhoto')).toBe(true);
      await page.getByRole('button', { name: '期刊列表' }).click();
      await page.locator('.bj-home').waitFor();
      await expect.poll(() => app.menuEnabled('exportDocx')).toBe(false);
      expect(app.menuEnabled('insertPhoto')).toBe(false);
      expect(app.menuEnabled('openIssueFile')).toBe(true);
      expect(app.menuEnabled('backups')).toBe(true);
      app.menu('exportPdf');
      await page.getByRole('alert').filter({ hasText: '“导出 PDF”现在不能用：在期刊列表中不可用，请先打开一期简报。' }).waitFor();
    });
  });

  it('stores what was typed right before the window closed, and shows it on the next start', async () => {
    const dir = tempDir();
    const sentence = '关窗前刚打的一句话也要保存。';
    const first = await startDesktop({ browser, dataDir: dir.path });
    try {
      const page = await opened(first);
      await page.locator('.bj-section[data-key="jiaoliu"] .bj-article p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(sentence);
      first.main().close();
      await expect.poll(() => first.main().isDestroyed()).toBe(true);
      expect(first.flushAnswers()).toBe(1);
    } finally {
      await first.stop();
    }
    const second = await startDesktop({ browser, dataDir: dir.path });
    try {
      const page = await opened(second);
      await expect.poll(() => page.locator('.bj-section[data-key="jiaoliu"] .bj-article p').first().textContent()).toContain(sentence);
    } finally {
      await second.stop();
      dir.remove();
    }
  });

  it('undoes from the 编辑 menu where the focus is: a 报头 field\'s own typing there, the issue\'s text elsewhere', async () => {
    await withDesktop({}, async (app) => {
      const page = await opened(app);
      const unit = page.getByLabel('编印单位');
      const before = await unit.inputValue();
      await unit.click();
      await page.keyboard.press('End');
      // As an input method commits a word: one step to undo.
      await page.keyboard.insertText('（代）');
      expect(await unit.inputValue()).toBe(`${before}（代）`);
      app.menu('undo');
      await expect.poll(() => unit.inputValue()).toBe(before);
      app.menu('redo');
      await expect.poll(() => unit.inputValue()).toBe(`${before}（代）`);

      const paragraph = page.locator('.bj-section[data-key="jiaoliu"] .bj-article p').first();
      const text = await paragraph.textContent();
      await paragraph.click();
      await page.keyboard.press('End');
      await page.keyboard.insertText('补一句。');
      await page.getByRole('button', { name: '期刊列表' }).focus();
      app.menu('undo');
      await expect.poll(() => paragraph.textContent()).toBe(text);
      // The field keeps what it had: the menu undid the text, not the field.
      expect(await unit.inputValue()).toBe(`${before}（代）`);
    });
  });

  it('prints the issue as a PDF with its own Chromium, saying of the fonts what the browser path says', async () => {
    await withDesktop({}, async (app) => {
      await opened(app);
      const list = (await app.invoke('listIssues', {})) as { ok: true; value: { id: string }[] };
      const reply = (await app.invoke('exportPdf', { id: list.value[0]!.id })) as { ok: boolean; value: { data: string; pages: number; problems: string[] } };
      expect(reply.ok).toBe(true);
      expect(Buffer.from(reply.value.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect(reply.value.pages).toBeGreaterThan(50);
      // Times' metric twin is installed here: neither path has anything to say.
      expect(reply.value.problems).toEqual([]);
    });
  });

  it('ends with a Chinese message, and lets go of the data folder, when its page cannot load', async () => {
    await withDesktop({ breakScheme: true }, async (app, data) => {
      expect(await app.exited).toBe(1);
      expect(app.errorBoxes).toEqual([{ title: '简报工坊无法启动', message: expect.stringContaining('界面无法载入') }]);
      expect(app.errorBoxes[0]!.message).toContain('数据文件夹中的简报未受影响');
      expect(app.main().shown).toBe(false);
      expect(folderFree(data)).toBe(true);
    });
  });

  it('says which database component is missing, in Chinese, before anything opens', async () => {
    await withDesktop({ native: false }, async (app, data) => {
      expect(await app.exited).toBe(1);
      const copy = join(REPO, 'dist', electronSqliteFile(FAKE_ELECTRON, process.platform, process.arch));
      expect(app.errorBoxes).toEqual([
        {
          title: '简报工坊无法启动',
          message: `找不到为 Electron ${FAKE_ELECTRON} 构建的数据库组件 better-sqlite3（${copy}）。请用 npm start 启动，它会先准备好这个组件；也可以改用浏览器模式：npm run web`,
        },
      ]);
      expect(app.windows).toEqual([]);
      expect(folderFree(data)).toBe(true);
    });
  });
});
