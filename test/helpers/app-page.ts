import type { Browser, Page } from 'playwright-core';

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
