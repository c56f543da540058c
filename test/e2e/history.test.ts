import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appSessionForSuite, openApp, waitSaved } from '../helpers/app-page.ts';

/**
 * Never losing a clerk's work, in Chromium against browser mode: an article typed over comes back
 * from the 历史版本 panel, a second tab is told instead of overwriting, a named version is pinned and
 * listed, and closing a tab right after typing keeps the typing.
 */
const app = appSessionForSuite();
/** For what waits on the service: a version recorded, a list read again, an issue reloaded. */
const WAIT = { timeout: 10_000 };
const page = (): Page => app.page;

const REASON = { delete: '大段删除前', replaceAll: '全部替换前', restore: '恢复版本前', conflict: '另一窗口修改时，本窗口的内容', named: '命名版本' };

const articles = (p: Page) => p.locator('.bj-section[data-key="jiaoliu"] .bj-article');
const bodyOf = (article: Locator) => article.locator('p:not(.bj-title):not(.bj-subtitle):not(.bj-byline), h2, h3, h4, h5');
/** The text of each body block, without the editor's 第 N 页 marks. */
const bodyTexts = (article: Locator) =>
  bodyOf(article).evaluateAll((blocks) =>
    blocks.map((b) => {
      const copy = b.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.bj-page-mark').forEach((m) => m.remove());
      return copy.textContent ?? '';
    }),
  );
const historyRows = (p: Page) => p.locator('.bj-history .bj-version-row');
const preview = (p: Page) => p.locator('.bj-version-view');
const previewItem = (p: Page, title: string) => preview(p).locator('.bj-version-item').filter({ has: p.getByRole('heading', { name: `《${title}》` }) });
const pinnedRows = (p: Page) => p.locator('.bj-history section[aria-label="命名版本"] .bj-version-row');

/** One side of a compared item: the version's text (what was deleted since kept) or the page's (what was added). */
const side = (item: Locator, which: 'version' | 'now') =>
  item.locator('.bj-version-text').evaluate((el, drop) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(drop).forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/↵/gu, '');
  }, which === 'version' ? 'ins' : 'del');

/** Selects an article's whole body with the mouse, as a clerk would before typing over it. */
async function selectBody(article: Locator): Promise<void> {
  const body = bodyOf(article);
  await body.first().click({ position: { x: 2, y: 2 } });
  await page().keyboard.press('Home');
  const last = body.last();
  const box = (await last.boundingBox())!;
  await last.click({ modifiers: ['Shift'], position: { x: box.width - 2, y: box.height - 2 } });
}

async function openHistory(p: Page): Promise<void> {
  if (await p.locator('.bj-history').count()) return;
  await p.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '历史版本' }).click();
  await historyRows(p).first().waitFor();
}

describe('历史版本', () => {
  it('brings back an article typed over, whole issue or one article, and keeps the state before the restore', async () => {
    const article = articles(page()).nth(1);
    const title = await article.locator('.bj-title').innerText();
    const original = await bodyTexts(article);
    expect(original.join('').length).toBeGreaterThan(300);

    await selectBody(article);
    await page().keyboard.type('全删了');
    await expect.poll(() => bodyTexts(article)).toEqual(['全删了']);
    await waitSaved(page());

    // The text before the deletion is a version; shown, the article's text is marked as deleted since.
    await openHistory(page());
    await historyRows(page()).filter({ hasText: REASON.delete }).first().click();
    const changed = previewItem(page(), title);
    await changed.waitFor();
    expect(await side(changed, 'version')).toContain(original.join('\n'));
    expect(await side(changed, 'now')).toContain(`\n全删了\n`);
    expect(await side(changed, 'now')).not.toContain(original[0]);
    expect(await changed.locator('del.bj-diff-del').count()).toBeGreaterThan(0);
    expect(await page().locator('.bj-version-item').count()).toBe(1); // only the article that changed
    await page().screenshot({ path: 'test-results/history-preview.png' });

    // 只恢复这篇: the article is back in the editor and stored; the caret is in it.
    await changed.getByRole('button', { name: '只恢复这篇' }).click();
    await expect.poll(() => bodyTexts(articles(page()).nth(1)), WAIT).toEqual(original);
    expect(await page().evaluate(() => document.activeElement?.closest('.bj-doc') !== null)).toBe(true);

    // The restore was recorded first: the typed-over state is in the history too.
    await historyRows(page()).filter({ hasText: REASON.restore }).first().click();
    expect(await side(previewItem(page(), title), 'version')).toContain(`\n全删了\n`);
    await page().getByRole('button', { name: '返回编辑' }).click();

    // Typed over again, 恢复此版本 brings back the whole issue as it was.
    await selectBody(articles(page()).nth(1));
    await page().keyboard.type('又删了');
    await waitSaved(page());
    await expect.poll(() => historyRows(page()).filter({ hasText: REASON.delete }).count(), WAIT).toBe(2);
    await historyRows(page()).filter({ hasText: REASON.delete }).first().click();
    await previewItem(page(), title).waitFor();
    await preview(page()).getByRole('button', { name: '恢复此版本' }).click();
    await expect.poll(() => bodyTexts(articles(page()).nth(1)), WAIT).toEqual(original);
    await waitSaved(page());
    await page().reload();
    await page().locator('.bj-doc').waitFor();
    expect(await bodyTexts(articles(page()).nth(1))).toEqual(original);
  });

  it('keeps the text before 全部替换 as a version, without holding up the replacement', async () => {
    await openHistory(page());
    const before = await historyRows(page()).filter({ hasText: REASON.replaceAll }).count();
    // Typed first, so that the text before the replacement is not one the history already has (it keeps no twins).
    await bodyOf(articles(page()).first()).first().click();
    await page().keyboard.press('End');
    await page().keyboard.type('学员');
    await waitSaved(page());
    await page().keyboard.press('Control+h');
    await page().getByLabel('查找内容').fill('学员');
    await page().getByLabel('替换为').fill('学生');
    await page().getByRole('button', { name: '全部替换' }).click();
    await page().getByRole('alert').filter({ hasText: '已全部替换' }).waitFor();
    await expect.poll(() => historyRows(page()).filter({ hasText: REASON.replaceAll }).count(), WAIT).toBe(before + 1);
    await historyRows(page()).filter({ hasText: REASON.replaceAll }).first().click();
    await preview(page()).locator('.bj-version-item').first().waitFor();
    expect(await side(preview(page()).locator('.bj-version-item').first(), 'version')).toContain('学员');
    await page().getByRole('button', { name: '返回编辑' }).click();
  });

  it('tells a stale tab, and keeps both edits: the other tab’s in the issue, its own in the history', async () => {
    const a = page();
    const b = await openApp(app.session.browser, app.session.server.url);
    try {
      const inA = '甲窗口写的';
      const inB = '乙窗口写的';
      await bodyOf(articles(a).first()).first().click();
      await a.keyboard.press('End');
      await a.keyboard.type(inA);
      await waitSaved(a);

      // B was opened before A's edit: its save is refused, and it says so.
      await bodyOf(articles(b).first()).first().click();
      await b.keyboard.press('End');
      await b.keyboard.type(inB);
      const told = b.getByRole('dialog', { name: '此期简报已在另一个窗口中修改' });
      await told.waitFor();
      expect(await told.innerText()).toContain('本窗口的修改没有保存，也不会丢失');
      await b.screenshot({ path: 'test-results/history-stale.png' });
      await told.getByRole('button', { name: '重新载入' }).click();

      // B now shows what A stored, and its own text is a 'conflict' version in the history.
      await expect.poll(() => bodyOf(articles(b).first()).first().innerText(), WAIT).toContain(inA);
      expect(await bodyOf(articles(b).first()).first().innerText()).not.toContain(inB);
      await openHistory(b);
      await historyRows(b).filter({ hasText: REASON.conflict }).first().click();
      await preview(b).locator('.bj-version-item').first().waitFor();
      expect(await side(preview(b).locator('.bj-version-item').first(), 'version')).toContain(inB);

      // A's edit is what is stored.
      await a.reload();
      await a.locator('.bj-doc').waitFor();
      expect(await bodyOf(articles(a).first()).first().innerText()).toContain(inA);
    } finally {
      await b.close();
    }
  });

  it('pins a named version 送审稿 in the history and shows it beside the issue, also after a restart', async () => {
    await openHistory(page());
    await page().getByRole('button', { name: '命名当前版本…' }).click();
    const dialog = page().getByRole('dialog', { name: '命名当前版本' });
    await dialog.getByRole('button', { name: '送审稿' }).click();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => pinnedRows(page()).allInnerTexts(), WAIT).toEqual([expect.stringContaining('送审稿')]);
    expect(await pinnedRows(page()).innerText()).toContain(REASON.named);
    await page().screenshot({ path: 'test-results/history-named.png' });

    const listed = async () => {
      await page().getByRole('button', { name: '期刊列表' }).click();
      const row = page().locator('.bj-issue-table:not(.bj-trash) tbody tr').filter({ hasText: '第1期' });
      await row.waitFor();
      expect(await row.locator('.bj-version-tag').innerText()).toBe('送审稿');
    };
    await listed();
    await app.session.restart(false);
    await page().locator('.bj-issue-table').waitFor();
    expect(await page().locator('.bj-issue-table tbody tr').filter({ hasText: '第1期' }).locator('.bj-version-tag').innerText()).toBe('送审稿');
    await page().locator('.bj-issue-table tbody tr').filter({ hasText: '第1期' }).getByRole('button', { name: '打开' }).click();
    await page().locator('.bj-doc').waitFor();
    await openHistory(page());
    expect(await pinnedRows(page()).allInnerTexts()).toEqual([expect.stringContaining('送审稿')]);
  });

  it('keeps what was typed right before the tab was closed, or the page left', async () => {
    const typeInNewTab = async (text: string) => {
      const tab = await openApp(app.session.browser, app.session.server.url);
      await bodyOf(articles(tab).first()).first().click();
      await tab.keyboard.press('End');
      await tab.keyboard.type(text);
      return tab;
    };
    const kept = async (text: string) => {
      await page().reload();
      await page().locator('.bj-doc').waitFor();
      return (await bodyTexts(articles(page()).first()))[0]!.includes(text);
    };

    const closedTab = await typeInNewTab('关窗前最后一句');
    const closed = closedTab.waitForEvent('close');
    await closedTab.close({ runBeforeUnload: true });
    await closed;
    expect(await kept('关窗前最后一句')).toBe(true);

    // Leaving while the save is under way, the browser asks first; the clerk leaves anyway.
    const leftTab = await typeInNewTab('离开前最后一句');
    const asked = leftTab.waitForEvent('dialog').then(async (dialog) => {
      await dialog.accept();
      return dialog.type();
    });
    await leftTab.goto('about:blank');
    expect(await asked).toBe('beforeunload');
    await leftTab.close();
    expect(await kept('离开前最后一句')).toBe(true);
  });
});
