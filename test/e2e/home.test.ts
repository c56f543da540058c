import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from '../helpers/web-server.ts';
import { outlineLabels, startAppSession, type AppSession } from '../helpers/app-page.ts';

/** Managing whole issues from the list: next issue, duplicate, trash, issue files, one instance per folder. */
let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await startAppSession();
  page = session.page;
});

afterAll(() => session?.close());

const rows = () => page.locator('.bj-issue-table:not(.bj-trash) tbody tr');
const goHome = async () => {
  await page.getByRole('button', { name: '期刊列表' }).click();
  await page.locator('.bj-home').waitFor();
};

describe('the list of issues', () => {
  it('creates the next issue with the masthead carried over and empty sections', async () => {
    await page.getByRole('button', { name: '新建下一期' }).click();
    await expect.poll(() => page.getByLabel('期号').inputValue()).toBe('2');
    expect(await page.locator('.bj-masthead-title').inputValue()).toBe('2023-2027松江区第九期处级干部轮训班简报');
    expect(await outlineLabels(page, '【简讯】')).toEqual([]);
    expect(await page.getByLabel('报送单位').inputValue()).toBe('区委组织部');
    await goHome();
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('第2期'), expect.stringContaining('第1期')]));
  });

  it('duplicates, deletes to the 回收站 and restores', async () => {
    await rows().filter({ hasText: '第1期' }).getByRole('button', { name: '复制' }).click();
    await expect.poll(() => rows().count()).toBe(3);
    await rows().first().getByRole('button', { name: '删除' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    const trash = page.locator('.bj-trash tbody tr');
    expect(await trash.count()).toBe(1);
    await trash.first().getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => rows().count()).toBe(3);
    expect(await page.locator('.bj-trash').count()).toBe(0);
  });

  it('refuses a file that is not an issue file with a Chinese message, and opens a real one', async () => {
    const bad = join(session.dir.path, '随手写的.json');
    writeFileSync(bad, '{"title":"不是工程文件"}');
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开工程文件' }).click();
    await (await chooser).setFiles(bad);
    await page.getByRole('alert').filter({ hasText: '无法打开：这不是简报工坊的工程文件。' }).waitFor();
    expect(await rows().count()).toBe(3);

    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开工程文件' }).click();
    await (await chooser).setFiles(join(REPO, 'seeds/demo-issue.json'));
    await page.locator('.bj-doc').waitFor();
    expect(await outlineLabels(page, '【学习动态】')).toHaveLength(4);
  });

  it('exports the open issue as an issue file', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出工程文件' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('2023-2027松江区第九期处级干部轮训班简报第1期.json');
    const saved = join(session.dir.path, 'exported.json');
    await file.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ format: 'jianbao-issue', version: 1, meta: { issueNumber: 1 } });
  });

  it('lets only one app use a data folder: a second one points to the first', async () => {
    const second = spawnSync(process.execPath, ['--import', 'tsx', 'electron/server/start.ts'], {
      cwd: REPO,
      env: { ...process.env, JIANBAO_DATA_DIR: join(session.dir.path, 'data'), PORT: '0' },
      encoding: 'utf8',
    });
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('简报工坊已在运行');
    expect(second.stdout.trim()).toBe(session.server.url);
    expect((await page.request.post(new URL('api/listIssues', session.server.url).href, { data: {} })).ok()).toBe(true);
  });
});
