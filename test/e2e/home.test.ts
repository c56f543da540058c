import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../helpers/web-server.ts';
import { BAD_ISSUES } from '../helpers/bad-issues.ts';
import { outlineLabels, appSessionForSuite, startAppSession, moreCommand } from '../helpers/app-page.ts';

/** Managing whole issues from the list: next issue, duplicate, trash, issue files, one instance per folder. */
const app = appSessionForSuite();

const rows = () => app.page.locator('.bj-issue-table:not(.bj-trash) tbody tr');
const goHome = async () => {
  if (!(await app.page.locator('.bj-home').count())) await app.page.getByRole('button', { name: '期刊列表' }).click();
  await app.page.locator('.bj-home').waitFor();
};

describe('the list of issues', () => {
  it('creates the next issue with the masthead carried over and empty sections', async () => {
    await app.page.getByRole('button', { name: '新建下一期' }).click();
    await expect.poll(() => app.page.getByLabel('期号').inputValue()).toBe('2');
    expect(await app.page.locator('.bj-masthead-title').inputValue()).toBe('2023-2027松江区第九期处级干部轮训班简报');
    expect(await outlineLabels(app.page, '【简讯】')).toEqual([]);
    expect(await app.page.getByLabel('报送单位').inputValue()).toBe('区委组织部');
    await goHome();
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('第2期'), expect.stringContaining('第1期')]));
  });

  it('duplicates, deletes to the 回收站 and restores', async () => {
    await rows().filter({ hasText: '第1期' }).getByRole('button', { name: '复制' }).click();
    await expect.poll(() => rows().count()).toBe(3);
    await rows().first().getByRole('button', { name: '删除' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    const trash = app.page.locator('.bj-trash tbody tr');
    expect(await trash.count()).toBe(1);
    await trash.first().getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => rows().count()).toBe(3);
    expect(await app.page.locator('.bj-trash').count()).toBe(0);
  });

  it('refuses a file that is not an issue file with a Chinese message, and opens a real one', async () => {
    const bad = join(app.session.dir.path, '随手写的.json');
    writeFileSync(bad, '{"title":"不是工程文件"}');
    let chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: '打开工程文件' }).click();
    await (await chooser).setFiles(bad);
    await app.page.getByRole('alert').filter({ hasText: '无法打开：这不是简报工坊的工程文件。' }).waitFor();
    expect(await rows().count()).toBe(3);

    // Files the editor could not hold are refused whole, naming the item and the section.
    for (const [name, bad] of Object.entries(BAD_ISSUES)) {
      const file = join(app.session.dir.path, `${name}.json`);
      writeFileSync(file, bad.text());
      chooser = app.page.waitForEvent('filechooser');
      await app.page.getByRole('button', { name: '打开工程文件' }).click();
      await (await chooser).setFiles(file);
      await app.page.getByRole('alert').filter({ hasText: `无法打开：${bad.message}` }).waitFor();
      expect(await rows().count()).toBe(3);
    }

    chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: '打开工程文件' }).click();
    await (await chooser).setFiles(join(REPO, 'seeds/demo-issue.json'));
    await app.page.locator('.bj-doc').waitFor();
    expect(await outlineLabels(app.page, '【学习动态】')).toHaveLength(4);
  });

  it('exports the open issue as an issue file', async () => {
    const download = app.page.waitForEvent('download');
    await moreCommand(app.page, '导出工程文件…');
    const file = await download;
    expect(file.suggestedFilename()).toBe('2023-2027松江区第九期处级干部轮训班简报第1期.json');
    const saved = join(app.session.dir.path, 'exported.json');
    await file.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ format: 'jianbao-issue', version: 1, meta: { issueNumber: 1 } });
  });

  it('asks before a project file opened once goes into the list a second time: the one there, or a 副本', async () => {
    const demo = join(REPO, 'seeds/demo-issue.json');
    await goHome();
    await rows().first().waitFor();
    const count = await rows().count();
    const copies = (await rows().allInnerTexts()).filter((t) => t.includes('（副本）')).length;
    const openFile = async () => {
      const chooser = app.page.waitForEvent('filechooser');
      await app.page.getByRole('button', { name: '打开工程文件' }).click();
      await (await chooser).setFiles(demo);
    };
    await openFile();
    const question = app.page.getByRole('dialog', { name: '这个工程文件已经打开过' });
    expect(await question.innerText()).toContain('期刊列表中已有从这个文件打开的《2023-2027松江区第九期处级干部轮训班简报》第1期');
    await question.getByRole('button', { name: '打开列表中的那一期' }).click();
    await app.page.locator('.bj-doc').waitFor();
    await goHome();
    await rows().first().waitFor();
    expect(await rows().count()).toBe(count);

    await openFile();
    await question.getByRole('button', { name: '另加一份副本' }).click();
    await app.page.locator('.bj-doc').waitFor();
    await goHome();
    await expect.poll(() => rows().count()).toBe(count + 1);
    expect((await rows().allInnerTexts()).filter((t) => t.includes('（副本）'))).toHaveLength(copies + 1);
  });

  it('leaves 最后编辑 as it was when an issue is only opened, looked through and closed', async () => {
    await goHome();
    const row = rows().filter({ hasText: '第2期' }).first();
    const edited = await row.locator('td').nth(3).innerText();
    await new Promise((r) => setTimeout(r, 1100));
    await row.getByRole('button', { name: '打开' }).click();
    await app.page.locator('.bj-doc').waitFor();
    await app.page.locator('.bj-masthead-title').click();
    await app.page.keyboard.press('End');
    await app.page.getByRole('button', { name: '页面视图' }).click();
    await app.page.keyboard.press('Escape');
    await goHome();
    expect(await rows().filter({ hasText: '第2期' }).first().locator('td').nth(3).innerText()).toBe(edited);
    await rows().filter({ hasText: '第2期' }).first().getByRole('button', { name: '打开' }).click();
    await app.page.locator('.bj-doc').waitFor();
  });

  it('says why 导出 DOCX and 保存 do nothing on the list, instead of the browser saving the page, and exports once an issue is open', async () => {
    await goHome();
    await app.page.keyboard.press('Control+E');
    await app.page.getByRole('alert').filter({ hasText: '“导出 DOCX”现在不能用：在期刊列表中不可用，请先打开一期简报。' }).waitFor();
    await app.page.keyboard.press('Control+S');
    await app.page.getByRole('alert').filter({ hasText: '“保存”现在不能用' }).waitFor();
    await rows().first().getByRole('button').first().click();
    await app.page.locator('.bj-doc').waitFor();
    await app.page.keyboard.press('Control+E');
    await app.page.getByRole('dialog', { name: /导出/ }).waitFor();
    await app.page.keyboard.press('Escape');
  });

  it('lets only one app use a data folder: a second one points to the first', async () => {
    const second = spawnSync(process.execPath, ['--import', 'tsx', 'electron/node/http/start.ts'], {
      cwd: REPO,
      env: { ...process.env, JIANBAO_DATA_DIR: join(app.session.dir.path, 'data'), PORT: '0' },
      encoding: 'utf8',
    });
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('简报工坊已在运行');
    // It points to the first one's address, but the lock file never holds the access token.
    expect(second.stdout.trim()).toBe(`${new URL(app.session.server.url).origin}/`);
    expect((await app.page.request.post(new URL('api/listIssues', app.session.server.url).href, { data: {} })).ok()).toBe(true);
  });

  it('marks a copy 副本 in the list, also after a restart, and prints it as the issue it was copied from', async () => {
    await goHome();
    // Of the current page: the app is opened anew on restart.
    const second = () => rows().filter({ hasText: '第2期' });
    await expect.poll(() => second().count()).toBe(1);
    await second().getByRole('button', { name: '复制' }).click();
    await expect.poll(() => second().count()).toBe(2);
    const marked = async () => (await second().allInnerTexts()).map((text) => text.includes('（副本）')).sort();
    expect(await marked()).toEqual([false, true]);

    await app.session.restart(false);
    await app.page.locator('.bj-home').waitFor();
    await expect.poll(() => second().count()).toBe(2);
    expect(await marked()).toEqual([false, true]);
    await second().filter({ hasText: '（副本）' }).getByRole('button', { name: '打开' }).click();
    await expect.poll(() => app.page.getByLabel('期号').inputValue()).toBe('2');
    expect(await app.page.locator('.bj-masthead-title').inputValue()).toBe('2023-2027松江区第九期处级干部轮训班简报');
  });

  it('shows a clerk on first start how to begin a new issue', async () => {
    const fresh = await startAppSession();
    try {
      const page = fresh.page;
      await page.getByRole('alert').filter({ hasText: '开始新一期：点上方的“新建下一期”' }).waitFor();
      await page.getByRole('button', { name: '期刊列表' }).click();
      const card = page.getByRole('region', { name: '开始新一期' });
      await card.waitFor();
      expect(await card.innerText()).toContain('“新建下一期”');
      await card.getByRole('button', { name: '开始第2期' }).click();
      await expect.poll(() => page.getByLabel('期号').inputValue()).toBe('2');
      expect(await outlineLabels(page, '【简讯】')).toEqual([]);
      await page.getByRole('button', { name: '期刊列表' }).click();
      await expect.poll(() => page.locator('.bj-issue-table tbody tr').count()).toBe(2);
      expect(await card.count()).toBe(0); // begun: the card has done its work
    } finally {
      await fresh.close();
    }
  });
});
