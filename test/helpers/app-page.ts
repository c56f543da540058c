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
