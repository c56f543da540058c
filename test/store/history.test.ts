import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { dispatch } from '../../electron/node/api/dispatch.ts';
import { thinnedOut } from '../../electron/node/store/thinning.ts';
import { backupDir } from '../../electron/node/store/backups.ts';
import type { VersionEntry } from '../../core/api/contract.ts';
import type { DocNode } from '../../core/model/doc.ts';
import { docJson, docNode } from '../../core/schema/doc-node.ts';
import { storeForEachTest } from '../helpers/store-session.ts';
import { demoIssueFile } from '../helpers/big-issue.ts';

/** 历史版本, named versions, stale saves and backups on real SQLite files, through the contract's handlers. */
const session = storeForEachTest();

const demoId = () => session.api.importIssueFile({ text: JSON.stringify(demoIssueFile()) }).id;
const firstArticle = (doc: DocNode) => doc.content![0]!.content![0]!;
/** The article as the schema reads it: a restore writes ProseMirror's own JSON (default attributes spelled out, no empty content), the demo file a shorter one. */
const articleText = (doc: DocNode) => JSON.stringify(firstArticle(docJson(docNode(doc))));

/** What select-all-and-type does to the first article: its body becomes one short line. */
function destroyFirstArticle(doc: DocNode): DocNode {
  const next = structuredClone(doc);
  const article = firstArticle(next);
  article.content = [article.content![0]!, { type: 'paragraph', content: [{ type: 'text', text: '啊' }] }, article.content!.at(-1)!];
  return next;
}

describe('history of an issue', () => {
  it('records a version on opening, brings a destroyed article back, and records the restore', () => {
    const id = demoId();
    const opened = session.api.getIssue({ id });
    const open = session.api.listVersions({ id });
    expect(open.map((v) => v.reason)).toEqual(['open']);
    expect(open[0]!.chars).toBeGreaterThan(20_000);
    session.api.getIssue({ id });
    expect(session.api.listVersions({ id })).toHaveLength(1); // the same text is not stored twice

    const destroyed = destroyFirstArticle(opened.doc);
    session.api.saveIssue({ id, content: { ...opened, doc: destroyed }, baseRevision: opened.revision });
    expect(articleText(session.store.issues.get(id)!.doc)).not.toBe(articleText(opened.doc));

    const restored = session.api.restoreVersion({ id, versionId: open[0]!.id, articleId: String(firstArticle(opened.doc).attrs!.id) });
    expect(articleText(restored.doc)).toBe(articleText(opened.doc));
    const reasons = session.api.listVersions({ id }).map((v) => v.reason);
    expect(reasons[0]).toBe('restore');
    // The destroyed state itself is in the history: nothing is overwritten for good.
    const before = session.api.listVersions({ id }).find((v) => v.reason === 'restore')!;
    expect(articleText(session.api.getVersion({ versionId: before.id }).content.doc)).toBe(articleText({ type: 'doc', content: [{ type: 'section', content: [firstArticle(destroyed)] }] }));
  });

  it('keeps named versions pinned and shows the newest name in the list', () => {
    const id = demoId();
    session.api.recordVersion({ id, reason: 'named', name: '送审稿' });
    expect(session.api.listIssues().find((i) => i.id === id)!.versionName).toBe('送审稿');
    const named = session.api.listVersions({ id }).find((v) => v.name === '送审稿')!;
    expect(thinnedOut([named], Date.now() + 365 * 86_400_000)).toEqual([]);
  });

  it('thins versions as they age: all of the last day, hourly for a week, daily for 90 days', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    const at = (hoursAgo: number, id: string, name: string | null = null): VersionEntry => ({
      id, issueId: 'i', reason: 'periodic', name, chars: 1, time: new Date(now - hoursAgo * 3_600_000).toISOString(), signedBy: null, signedAt: null,
    });
    const versions = [at(1, 'a'), at(1.2, 'b'), at(30.5, 'c'), at(30.8, 'd'), at(24 * 10, 'e'), at(24 * 10 + 2, 'f'), at(24 * 100, 'g'), at(24 * 100, 'h', '定稿')];
    expect(thinnedOut(versions, now).sort()).toEqual(['d', 'f', 'g']);
  });

  it('refuses a save from a stale window and keeps both texts', async () => {
    const id = demoId();
    const a = session.api.getIssue({ id });
    const b = session.api.getIssue({ id });
    session.api.saveIssue({ id, content: { ...a, meta: { ...a.meta, theme: 'A 窗口' } }, baseRevision: a.revision });
    const reply = await dispatch(session.api, 'saveIssue', { id, content: { template: b.template, meta: { ...b.meta, theme: 'B 窗口' }, doc: b.doc }, baseRevision: b.revision });
    expect(reply).toMatchObject({ ok: false, code: 'stale' });
    expect(session.api.getIssue({ id }).meta.theme).toBe('A 窗口');
    // The stale window keeps its own text as a version.
    session.api.recordVersion({ id, reason: 'conflict', content: { template: b.template, meta: { ...b.meta, theme: 'B 窗口' }, doc: b.doc } });
    expect(session.api.getVersion({ versionId: session.api.listVersions({ id })[0]!.id }).content.meta.theme).toBe('B 窗口');
  });

  it('keeps 200 versions of the demo issue small', () => {
    const id = demoId();
    const issue = session.api.getIssue({ id });
    for (let i = 0; i < 200; i++) {
      const doc = structuredClone(issue.doc);
      firstArticle(doc).content![1] = { type: 'paragraph', content: [{ type: 'text', text: `第${i}次修改。` }] };
      session.store.versions.record(id, { ...issue, doc }, 'periodic', 1, null, new Date(Date.now() + i));
    }
    const bytes = (session.store.db.prepare('SELECT SUM(LENGTH(content)) AS n FROM versions').get() as { n: number }).n;
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
  });
});

describe('backups', () => {
  it('makes a consistent copy that brings back a chosen issue deleted since', async () => {
    const id = demoId();
    const other = session.api.createIssue({}).id;
    const backup = await session.api.makeBackup();
    const copy = new Database(join(backupDir(session.dir.path), backup.file), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    session.api.deleteIssue({ id });
    session.store.issues.purgeExpired(Date.now() + 31 * 86_400_000);
    expect(session.api.listIssues().map((i) => i.id)).toEqual([other]);
    expect(session.api.backupIssues({ file: backup.file }).map((i) => i.id).sort()).toEqual([id, other].sort());
    expect(session.api.restoreFromBackup({ file: backup.file, ids: [id] })).toEqual({ restored: 1 });
    expect(session.api.getIssue({ id }).meta.seriesTitle).toBe('2023-2027松江区第九期处级干部轮训班简报');
    expect(session.api.listBackups().map((b) => b.file)).toContain(backup.file);
  });

  it('refuses a name that is not one of its backups', async () => {
    expect(await dispatch(session.api, 'backupIssues', { file: '../jianbao.db' })).toMatchObject({ ok: false });
  });
});
