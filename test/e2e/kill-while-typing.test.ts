import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appSessionForSuite, openApp, outlineSection, waitSaved } from '../helpers/app-page.ts';
import { startWebServer } from '../helpers/web-server.ts';
import { DB_FILE } from '../../electron/node/store/store.ts';
import { blockText } from '../helpers/item-blocks.ts';

/**
 * The power goes, fifty times, while a clerk types: the server is killed (SIGKILL) at a random
 * moment. No database may be damaged, and no more than about a second of typing may be lost.
 */
const app = appSessionForSuite();
const KILLS = 50;
const ALPHABET = '学习贯彻党的二十大精神推动高质量发展';

const TITLE = '断电测试';
const article = (page: Page) => page.locator('.bj-section[data-key="jiaoliu"] .bj-article', { has: page.locator('.bj-title', { hasText: TITLE }) });
const body = (page: Page) => article(page).locator('p:not(.bj-subtitle):not(.bj-byline)').first();

async function caretAtEnd(page: Page): Promise<void> {
  const box = (await body(page).boundingBox())!;
  await body(page).click({ position: { x: box.width - 2, y: box.height - 4 } });
  await page.keyboard.press('End');
}

describe('killing the server while the clerk types', () => {
  it(`loses no database and at most about a second of typing, ${KILLS} times`, async () => {
    const data = join(app.session.dir.path, 'data');
    let page = app.page;
    await outlineSection(page, '【学习交流】').getByRole('button', { name: /文章/ }).first().click();
    await page.keyboard.type(TITLE);
    await waitSaved(page);
    let typed = '';
    const times: number[] = []; // when each character of `typed` was typed
    let worst = 0;
    let corrupt = 0;
    for (let round = 0; round < KILLS; round++) {
      await caretAtEnd(page);
      const until = Date.now() + 300 + Math.random() * 1200;
      while (Date.now() < until) {
        const ch = ALPHABET[typed.length % ALPHABET.length]!;
        await page.keyboard.type(ch);
        typed += ch;
        times.push(Date.now());
      }
      const killedAt = Date.now();
      await app.session.server.kill();

      const db = new Database(join(data, DB_FILE), { readonly: true });
      if (db.pragma('quick_check', { simple: true }) !== 'ok') corrupt++;
      db.close();

      await page.close();
      app.session.server = await startWebServer(data);
      page = await openApp(app.session.browser, app.session.server.url);
      app.session.page = page;
      const kept = await blockText(body(page));
      expect(typed.startsWith(kept), `kept “${kept}” of typed “${typed}”`).toBe(true);
      if (kept.length < typed.length) worst = Math.max(worst, killedAt - times[kept.length]!);
      typed = kept;
      times.length = kept.length;
    }
    console.log(`${KILLS} kills while typing: ${corrupt} damaged databases; worst typing lost ${(worst / 1000).toFixed(2)} s`);
    expect(corrupt).toBe(0);
    expect(worst).toBeLessThan(1500);
  }, 600_000);
});
