import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startWebServer, type RunningServer } from './web-server.ts';
import { tempDir } from './tmp.ts';

/** Opens the app at a browser-mode URL and waits until the issue (or the list of issues) is on screen. */
export async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.locator('.bj-doc, .bj-home').first().waitFor();
  return page;
}

/** Waits until the status bar says everything typed is stored. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save="saved"]').waitFor({ timeout: 10_000 });
}

export const outlineSection = (page: Page, heading: string) => page.locator(`.bj-outline-section[data-section="${heading}"]`);
/** The outline's labels of a section's items (titles, without the authors shown beside them). */
export const outlineLabels = (page: Page, heading: string) =>
  outlineSection(page, heading)
    .locator('.bj-outline-label')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('title') ?? ''));

/** A browser-mode server over a fresh data folder, Chromium, and the app open in it. */
export interface AppSession {
  dir: ReturnType<typeof tempDir>;
  browser: Browser;
  server: RunningServer;
  page: Page;
  /** Stops (or kills) the server, starts it again over the same data and opens the app anew. */
  restart: (kill: boolean) => Promise<void>;
  close: () => Promise<void>;
}

export async function startAppSession(): Promise<AppSession> {
  const dir = tempDir();
  const data = join(dir.path, 'data');
  const browser = await launchChromium();
  const server = await startWebServer(data);
  const session: AppSession = {
    dir,
    browser,
    server,
    page: await openApp(browser, server.url),
    restart: async (kill) => {
      await (kill ? session.server.kill() : session.server.stop());
      await session.page.close();
      session.server = await startWebServer(data);
      session.page = await openApp(browser, session.server.url);
    },
    close: async () => {
      await browser.close();
      await session.server.stop();
      dir.remove();
    },
  };
  return session;
}

/** One app session for a test file: started before its tests, closed after them. */
export function appSessionForSuite(): { readonly session: AppSession; readonly page: Page } {
  let session: AppSession | null = null;
  beforeAll(async () => {
    session = await startAppSession();
  });
  afterAll(() => session?.close());
  return {
    get session() {
      return session!;
    },
    get page() {
      return session!.page;
    },
  };
}

/** A command under the toolbar's 更多 menu, as a clerk picks it: 更多, then the command. */
export async function moreCommand(page: Page, label: string): Promise<void> {
  await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: /^更多/u }).click();
  await page.getByRole('menu', { name: '更多命令' }).getByRole('menuitem', { name: label }).click();
}

/** 下载 in the export dialog once the file is made: browser mode's way to save it (the desktop app's is its save dialog). */
export async function clickDownload(page: Page): Promise<void> {
  await page.locator('.bj-modal').getByRole('button', { name: '下载' }).click();
}

/** Starts an export (its trigger and the questions before it), saves the file with 下载 and puts it at `path`. */
export async function downloadExport(page: Page, start: () => Promise<void>, path: string): Promise<void> {
  const file = page.waitForEvent('download');
  await start();
  await clickDownload(page);
  await (await file).saveAs(path);
}

/** 导出 DOCX while 修订 and 批注 are open: the question counts them (`counts`, e.g. `1 处修订、1 条批注`), the clerk takes the copy with marks, saved at `path`. */
export async function exportMarkedCopy(page: Page, counts: string, path: string): Promise<void> {
  await downloadExport(
    page,
    async () => {
      await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '导出 DOCX' }).click();
      const gate = page.getByRole('dialog', { name: '尚有修订未处理' });
      await gate.getByText(counts).waitFor();
      await gate.getByRole('button', { name: '导出带修订稿' }).click();
    },
    path,
  );
}

/** Each row of the editor's 目录: its words (an author's name in brackets taken off) and its page number. */
export function tocRows(page: Page): Promise<{ title: string; page: number | null }[]> {
  return page.locator('.bj-toc .bj-toc-row').evaluateAll((rows) =>
    rows.map((row) => {
      const words = (row.firstElementChild?.textContent ?? '').replace(/（[^（）]*）$/u, '');
      const number = row.querySelector('.bj-toc-page')?.textContent ?? '';
      return { title: words, page: number ? Number(number) : null };
    }),
  );
}

/** 导出 DOCX with Ctrl+E, past the 校对 question when there is one, saved with 下载 at `path`, the dialog closed. */
export async function exportDocxTo(page: Page, path: string): Promise<void> {
  const proof = page.getByRole('dialog', { name: '导出前校对' });
  const dialog = page.getByRole('dialog', { name: '导出 DOCX' });
  await downloadExport(
    page,
    async () => {
      await page.keyboard.press('Control+e');
      await proof.or(dialog).first().waitFor();
      if (await proof.count()) await proof.getByRole('button', { name: '仍然导出' }).click();
    },
    path,
  );
  await dialog.getByRole('button', { name: '关闭' }).click();
}

/** 送审（导出送审稿）… from 更多, past the 校对 question, the 送审稿 saved with 下载 at `path`, its dialog closed with Esc. */
export async function sendForReviewTo(page: Page, path: string): Promise<void> {
  await downloadExport(
    page,
    async () => {
      await moreCommand(page, '送审（导出送审稿）…');
      await page.getByRole('dialog', { name: '导出前校对' }).getByRole('button', { name: '仍然导出' }).click();
    },
    path,
  );
  await page.keyboard.press('Escape');
}
