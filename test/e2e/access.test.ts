import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { appSessionForSuite, outlineLabels } from '../helpers/app-page.ts';

/**
 * The app for a clerk who works from the keyboard or with a screen reader: axe-core finds nothing
 * serious on the main screens, and the skip link, the 大纲, the 收稿箱's 放入… menu, the dialogs
 * and the toolbar work without a mouse.
 */
const app = appSessionForSuite();
const page = () => app.page;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is, one readable line each. */
async function axeProblems(): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's CSP refuses inline scripts.
  if (!(await page().evaluate(() => 'axe' in window))) await page().evaluate(AXE);
  const violations = await page().evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/** What has the focus, as a screen reader would name it. */
const focused = () =>
  page().evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return {
      name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 24) ?? '',
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      inText: el.closest('.bj-doc') !== null,
      row: el.dataset.itemId ?? null,
    };
  });

/** The editor as freshly opened, the focus nowhere yet. */
async function reopenEditor(): Promise<void> {
  await page().reload();
  await page().locator('.bj-doc').waitFor();
}

describe('keyboard access', () => {
  it('makes 跳到正文 the first Tab stop, and Enter on it puts the caret in the text', async () => {
    await reopenEditor();
    await page().keyboard.press('Tab');
    expect(await focused()).toMatchObject({ name: '跳到正文' });
    await page().keyboard.press('Enter');
    // The editor takes the focus on the next frame.
    await expect.poll(async () => (await focused()).inText).toBe(true);
    expect(await page().evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('.bj-doc') !== null)).toBe(true);
  });

  it('reaches the text in a few Tabs even without the skip link', async () => {
    await reopenEditor();
    const path: string[] = [];
    for (let i = 0; i < 40 && !(await focused()).inText; i++) {
      await page().keyboard.press('Tab');
      path.push((await focused()).name);
    }
    expect(path.length, path.join(' → ')).toBeLessThanOrEqual(15);
    expect((await focused()).inText).toBe(true);
  });

  it('makes the 目录 one Tab stop: ↓ moves to the next article, Enter jumps to it', async () => {
    const toc = page().getByRole('navigation', { name: '目录' });
    expect(await toc.locator('[tabindex="0"]').count()).toBe(1);
    await toc.locator('[tabindex="0"]').focus();
    await page().keyboard.press('ArrowDown');
    expect((await focused()).name).toContain('骨干学员座谈会');
    await page().keyboard.press('Enter');
    expect((await focused()).inText).toBe(true);
    expect(await page().locator('.bj-outline-item.bj-current .bj-outline-label').getAttribute('title')).toContain('骨干学员座谈会');
  });

  it('moves through the toolbar with arrows, and shows the bold state on 加粗', async () => {
    const toolbar = page().getByRole('toolbar', { name: '工具栏' });
    await toolbar.getByRole('button', { name: '期刊列表' }).focus();
    await page().keyboard.press('ArrowRight');
    expect((await focused()).name).toBe('新建下一期');
    await page().keyboard.press('End');
    expect((await focused()).name).toMatch(/^更多/);
    expect(await toolbar.locator('button[tabindex="0"], select[tabindex="0"]').count()).toBe(1);

    const bold = toolbar.getByRole('button', { name: /加粗/ });
    const paragraph = page().locator('.bj-article').first().locator('p:not(.bj-subtitle):not(.bj-byline)').first();
    await paragraph.click();
    await page().keyboard.press('End');
    await page().keyboard.press('Shift+Home');
    expect(await bold.getAttribute('aria-pressed')).toBe('false');
    await bold.click();
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
    await page().keyboard.press('Control+b');
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('false');
  });

  it('moves through the 大纲 with arrows as one Tab stop, reorders with Alt+arrows and jumps with Enter', async () => {
    await page().getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '期刊列表' }).focus();
    await page().keyboard.press('Tab');
    expect((await focused()).role).toBe('treeitem');
    const tree = page().getByRole('tree', { name: '大纲' });
    // The row with the focus and at most its own buttons are Tab stops, nothing else in the tree.
    expect(await tree.locator('[tabindex="0"]:not([role="treeitem"])').count()).toBeLessThanOrEqual(2);
    expect(await tree.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);

    await page().keyboard.press('Home');
    expect(await page().evaluate(() => document.activeElement?.closest('[data-section]')?.getAttribute('data-section'))).toBe('【简讯】');
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('ArrowDown');
    const second = (await focused()).row!;
    const labels = await outlineLabels(page(), '【简讯】');

    await page().keyboard.press('Alt+ArrowDown');
    await expect.poll(() => outlineLabels(page(), '【简讯】')).toEqual([labels[0], labels[2], labels[1], ...labels.slice(3)]);
    expect((await focused()).row).toBe(second);
    await page().keyboard.press('Alt+ArrowUp');
    await expect.poll(() => outlineLabels(page(), '【简讯】')).toEqual(labels);
    expect((await focused()).row).toBe(second);

    await page().keyboard.press('Enter');
    expect((await focused()).inText).toBe(true);
    await expect.poll(() => tree.locator('[aria-selected="true"]').getAttribute('data-item-id')).toBe(second);
  });

  it('moves a 大纲 item to another section with its 放入… menu, and the focus follows it', async () => {
    const item = page().locator('.bj-outline-section[data-section="【简讯】"] .bj-outline-item').last();
    const id = await item.getAttribute('data-item-id');
    const label = (await item.locator('.bj-outline-label').getAttribute('title'))!;
    await item.focus();
    await page().keyboard.press('Tab');
    expect((await focused()).name).toBe(`把“${label}”放入…`);
    await page().keyboard.press('Enter');
    // Every section is listed: those that cannot take an article are reached too, greyed, and say why.
    await page().keyboard.press('End');
    expect((await focused()).name).toBe('【学习掠影】只能放入照片');
    await page().keyboard.press('ArrowUp');
    expect((await focused()).name).toBe('【学习感悟】只能放入心得体会');
    await page().keyboard.press('ArrowUp');
    expect((await focused()).name).toBe('【学习动态】');
    await page().keyboard.press('Enter');
    await expect.poll(async () => (await outlineLabels(page(), '【学习动态】')).at(-1)).toBe(label);
    await expect.poll(async () => (await focused()).row).toBe(id);
  });

  it('places a 收稿箱 submission in a chosen section with the 放入… menu, keyboard only', async () => {
    const file = join(app.session.dir.path, '王维平.txt');
    writeFileSync(file, '坚持人民至上 践行初心使命\n\n通过学习，我深刻认识到“两个确立”的决定性意义。\n\n（王维平）\n');
    const chooser = page().waitForEvent('filechooser');
    await page().getByRole('button', { name: '导入稿件…' }).focus();
    await page().keyboard.press('Enter');
    await (await chooser).setFiles(file);
    const inbox = page().getByRole('region', { name: '收稿箱' });
    await inbox.locator('.bj-outline-item').waitFor();

    // The row's title opens its preview; the arrows go on to its 放入….
    await page().keyboard.press('Tab');
    expect((await focused()).name).toBe('坚持人民至上 践行初心使命（王维平）');
    await page().keyboard.press('ArrowDown');
    expect((await focused()).name).toBe('把“坚持人民至上 践行初心使命”放入…');
    await page().keyboard.press('Enter');
    const menu = page().getByRole('menu', { name: '放入栏目' });
    expect(await menu.getByRole('menuitem').evaluateAll((items) => items.map((i) => i.textContent))).toEqual(['【简讯】', '【学习交流】', '【学习动态】', '【学习感悟】作为心得体会', '【学习掠影】只能放入照片']);
    expect((await focused()).name).toBe('【简讯】');
    await page().keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect((await focused()).name).toBe('把“坚持人民至上 践行初心使命”放入…');

    const before = await outlineLabels(page(), '【学习交流】');
    await page().keyboard.press('Enter');
    await page().keyboard.press('ArrowDown');
    expect((await focused()).name).toBe('【学习交流】');
    await page().keyboard.press('Enter');
    await expect.poll(() => outlineLabels(page(), '【学习交流】')).toEqual([...before, '坚持人民至上 践行初心使命']);
    await expect.poll(() => inbox.locator('.bj-outline-item').count()).toBe(0);
  });

  it('closes the 词典 with Esc, keeps Tab inside it, and gives the focus back to 词典…', async () => {
    await page().getByRole('button', { name: /^校对（\d+）$/ }).click();
    const opener = page().getByRole('button', { name: '词典…' });
    await opener.focus();
    await page().keyboard.press('Enter');
    const dialog = page().getByRole('dialog', { name: '校对词典' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect((await focused()).name).toBe('规范表述');
    await page().keyboard.press('Shift+Tab');
    expect((await focused()).name).toBe('保存');
    await page().keyboard.press('Tab');
    expect((await focused()).name).toBe('规范表述');
    await page().keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await focused()).name).toBe('词典…');
    await page().getByRole('button', { name: '关闭校对' }).click();
  });

  it('lets the 大纲 be widened from the keyboard and remembers the width', async () => {
    const edge = page().getByRole('separator', { name: '调整大纲宽度' });
    const sidebarWidth = () => page().locator('.bj-sidebar').evaluate((el) => el.getBoundingClientRect().width);
    const before = Number(await edge.getAttribute('aria-valuenow'));
    expect(Math.round(await sidebarWidth())).toBe(before);
    await edge.focus();
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('ArrowRight');
    expect(Number(await edge.getAttribute('aria-valuenow'))).toBe(before + 40);
    expect(Math.round(await sidebarWidth())).toBe(before + 40);
    await reopenEditor();
    expect(Number(await edge.getAttribute('aria-valuenow'))).toBe(before + 40);
    await edge.focus();
    await page().keyboard.press('ArrowLeft');
    await page().keyboard.press('ArrowLeft');
    expect(Number(await edge.getAttribute('aria-valuenow'))).toBe(before);
  });
});

describe('axe-core on the main screens', () => {
  it('finds nothing serious in the editor, the 校对 panel, the 词典 and the find bar', async () => {
    await reopenEditor();
    expect(await axeProblems()).toEqual([]);

    await page().getByRole('button', { name: /^校对（\d+）$/ }).click();
    await page().getByRole('complementary', { name: '校对' }).waitFor();
    expect(await axeProblems()).toEqual([]);

    await page().getByRole('button', { name: '词典…' }).click();
    await page().getByRole('dialog', { name: '校对词典' }).waitFor();
    expect(await axeProblems()).toEqual([]);
    await page().keyboard.press('Escape');
    await page().getByRole('button', { name: '关闭校对' }).click();

    await page().locator('.bj-doc').click({ position: { x: 20, y: 20 } });
    await page().keyboard.press('Control+h');
    await page().getByLabel('查找内容').fill('学习');
    expect(await axeProblems()).toEqual([]);
    await page().getByLabel('关闭查找').click();
  });

  it('finds nothing serious in the export dialogs, and Esc leaves the one before export', async () => {
    await page().keyboard.press('Control+e');
    const gate = page().getByRole('dialog', { name: '导出前校对' });
    await gate.waitFor();
    expect(await axeProblems()).toEqual([]);
    await page().keyboard.press('Escape');
    await expect.poll(() => gate.count()).toBe(0);
    await page().getByRole('complementary', { name: '校对' }).waitFor();

    await page().getByRole('button', { name: '导出 DOCX' }).click();
    await gate.getByRole('button', { name: '仍然导出' }).click();
    const dialog = page().getByRole('dialog', { name: '导出 DOCX' });
    await dialog.getByText('目录页码已排好').waitFor({ timeout: 30_000 });
    expect(await axeProblems()).toEqual([]);
    await page().keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(async () => (await focused()).name).toBe('导出 DOCX');
  });

  it('finds nothing serious in a 收稿箱 preview', async () => {
    const file = join(app.session.dir.path, '朱秀兵.txt');
    writeFileSync(file, '凝心铸魂强担当\n\n文/朱秀兵\n\n习近平总书记说"调查研究是谋事之基。\n');
    const chooser = page().waitForEvent('filechooser');
    await page().getByRole('button', { name: '导入稿件…' }).click();
    await (await chooser).setFiles(file);
    await page().locator('.bj-inbox .bj-inbox-open').filter({ hasText: '凝心铸魂强担当' }).click();
    const view = page().getByRole('region', { name: '稿件预览' });
    await view.getByRole('list', { name: '需要核对' }).waitFor();
    expect(await axeProblems()).toEqual([]);
    await page().keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
  });

  it('finds nothing serious on the list of issues', async () => {
    await page().getByRole('button', { name: '期刊列表' }).click();
    await page().locator('.bj-home').waitFor();
    await page().locator('.bj-issue-table tbody tr').first().waitFor();
    expect(await axeProblems()).toEqual([]);
  });
});
