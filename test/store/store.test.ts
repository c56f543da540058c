import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE, Store } from '../../electron/node/store/store.ts';
import { MIGRATIONS } from '../../electron/node/store/migrations.ts';
import { openService } from '../../electron/node/service/open-service.ts';
import { issueFromTemplate } from '../../core/model/new-issue.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import { tempDir } from '../helpers/tmp.ts';
import { solidPng } from '../helpers/png.ts';
import { cleanArticle } from '../../core/cleanup/clean-article.ts';
import { textToBlocks } from '../../core/cleanup/from-text.ts';
import { contract } from '../../core/api/contract.ts';

const template = requireBuiltIn(DEFAULT_TEMPLATE_ID);
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

/** A database left at an older schema version, holding one issue with the id `old`. */
function oldDatabase(folder: string, version: number): void {
  const old = new Database(join(folder, DB_FILE));
  for (const migration of MIGRATIONS.slice(0, version)) old.exec(migration);
  old.pragma(`user_version = ${version}`);
  old.prepare("INSERT INTO issues (id, template, meta, doc, created_at, updated_at) VALUES ('old', ?, ?, ?, 'x', '2025-01-01T00:00:00Z')").run(
    template.id,
    JSON.stringify(issueFromTemplate(template).meta),
    JSON.stringify(issueFromTemplate(template).doc),
  );
  old.close();
}

describe('the store on a real SQLite file', () => {
  it('creates, saves and finds an issue again after reopening', () => {
    const store = Store.open(dir.path);
    const content = issueFromTemplate(template);
    const id = store.issues.insert(content);
    content.meta.theme = '学用贯通担使命';
    content.doc.content![0]!.content = [
      { type: 'article', attrs: { id: 'a' }, content: [{ type: 'articleTitle', content: [{ type: 'text', text: '开班' }] }, { type: 'paragraph' }, { type: 'byline' }] },
    ];
    expect(store.issues.save(id, content)).toMatchObject({ updatedAt: expect.stringMatching(/^\d{4}-/), revision: 1 });
    store.close();

    const again = Store.open(dir.path);
    const issue = again.issues.get(id)!;
    expect(issue.meta.theme).toBe('学用贯通担使命');
    expect(issue.doc.content![0]!.content![0]!.content![0]!.content![0]!.text).toBe('开班');
    expect(again.issues.list().map((i) => i.id)).toEqual([id]);
    again.close();
  });

  it('keeps 最后编辑 and the revision when what is saved is what is stored (an issue only opened)', () => {
    const store = Store.open(dir.path);
    const content = issueFromTemplate(template);
    const id = store.issues.insert(content);
    const first = store.issues.save(id, { ...content, meta: { ...content.meta, theme: '学用贯通担使命' } })!;
    // The same content, with its keys in another order, as another writer may give it.
    const reordered = { doc: JSON.parse(JSON.stringify(content.doc)), meta: { ...content.meta, theme: '学用贯通担使命' }, template: content.template };
    expect(store.issues.save(id, reordered, first.revision)).toEqual(first);
    expect(store.issues.list()[0]!.updatedAt).toBe(first.updatedAt);
    expect(store.issues.save(id, { ...reordered, meta: { ...reordered.meta, theme: '务实笃行启新程' } }, first.revision)!.revision).toBe(first.revision + 1);
    store.close();
  });

  it('uses WAL and records its schema version', () => {
    Store.open(dir.path).close();
    const db = new Database(join(dir.path, DB_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('migrates a database of schema version 1, keeping its issues, and gains the 收稿箱', () => {
    oldDatabase(dir.path, 1);
    const store = Store.open(dir.path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    // Stored before templates travelled with issues, it names the built-in one and gets it whole;
    // saving it as it is changes nothing (最后编辑 stays), and the next save stores the template itself.
    const old = store.issues.get('old')!;
    expect(old.template).toEqual(template);
    expect(store.issues.save('old', old, old.revision)).toEqual({ updatedAt: old.updatedAt, revision: old.revision });
    expect(store.db.prepare("SELECT template FROM issues WHERE id = 'old'").pluck().get()).toBe(template.id);
    const renamed = { ...old, template: { ...old.template, name: '另一个名字' } };
    store.issues.save('old', renamed, old.revision);
    expect(JSON.parse(store.db.prepare("SELECT template FROM issues WHERE id = 'old'").pluck().get() as string)).toMatchObject({ id: template.id, name: '另一个名字' });
    expect(store.issues.get('old')!.template.name).toBe('另一个名字');
    expect(store.submissions.list()).toEqual([]);
    store.close();
  });

  it('refuses a database made by a newer version, and leaves it untouched', () => {
    const file = join(dir.path, DB_FILE);
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => Store.open(dir.path)).toThrow(/较新版本/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    check.close();
  });

  it('sets a damaged database aside, keeps it, and opens a fresh one with a notice', () => {
    writeFileSync(join(dir.path, DB_FILE), 'SQLite format 3\0' + 'garbage'.repeat(1000));
    const store = Store.open(dir.path);
    expect(store.notices[0]).toMatch(/已损坏，已原样保留.*未能从中找回简报/);
    expect(store.issues.list()).toEqual([]);
    store.close();
    expect(readdirSync(dir.path).some((f) => f.startsWith(`${DB_FILE}.damaged-`))).toBe(true);
  });

  it('moves deleted issues to the trash, restores them, and purges them after 30 days', () => {
    const store = Store.open(dir.path);
    const id = store.issues.insert(issueFromTemplate(template));
    expect(store.issues.moveToTrash(id)).toBe(true);
    expect(store.issues.list()).toEqual([]);
    expect(store.issues.trash()[0]!.id).toBe(id);
    expect(store.issues.restore(id)).toBe(true);
    expect(store.issues.list()[0]!.id).toBe(id);
    store.issues.moveToTrash(id);
    expect(store.issues.purgeExpired(Date.now() + 29 * 86_400_000)).toBe(0);
    expect(store.issues.purgeExpired(Date.now() + 31 * 86_400_000)).toBe(1);
    expect(store.issues.trash()).toEqual([]);
    store.close();
  });

  it('stores a photo once by its content hash and refuses what is not an image', () => {
    const store = Store.open(dir.path);
    const png = solidPng(4, 3, [200, 0, 0]);
    const a = store.photos.put(png);
    const b = store.photos.put(png);
    expect(a).toEqual(b);
    expect(a.mime).toBe('image/png');
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM photos').get()).toEqual({ n: 1 });
    expect(() => store.photos.put(Buffer.from('<script>alert(1)</script>'))).toThrow(/不是支持的图片格式/);
    store.close();
  });
});

describe('first start', () => {
  it('seeds the demo issue once and opens on it', () => {
    const first = openService(dir.path);
    const { lastIssueId } = first.handlers.appState();
    expect(first.handlers.listIssues()).toHaveLength(1);
    expect(first.handlers.getIssue({ id: lastIssueId! }).meta.seriesTitle).toBe('2023-2027松江区第九期处级干部轮训班简报');
    first.handlers.deleteIssue({ id: lastIssueId! });
    first.store.close();

    const second = openService(dir.path);
    expect(second.handlers.listIssues()).toHaveLength(0); // deleting the demo does not bring it back
    expect(second.handlers.appState().lastIssueId).toBeNull();
    second.store.close();
    expect(existsSync(join(dir.path, DB_FILE))).toBe(true);
  });
});

describe('copies', () => {
  it('marks an issue made with 复制 as a copy, keeps the mark after reopening, and leaves its masthead alone', () => {
    const first = openService(dir.path);
    const [demo] = first.handlers.listIssues();
    const { id } = first.handlers.duplicateIssue({ id: demo!.id });
    const next = first.handlers.createNextIssue({ fromId: demo!.id });
    first.store.close();

    const again = openService(dir.path);
    const list = again.handlers.listIssues();
    expect(list.find((i) => i.id === id)).toMatchObject({ isCopy: true, seriesTitle: demo!.seriesTitle, issueNumber: demo!.issueNumber });
    expect(list.find((i) => i.id === demo!.id)?.isCopy).toBe(false);
    expect(list.find((i) => i.id === next.id)?.isCopy).toBe(false);
    expect(again.handlers.getIssue({ id }).meta).toEqual(again.handlers.getIssue({ id: demo!.id }).meta);
    again.handlers.deleteIssue({ id });
    expect(again.handlers.listTrash()[0]).toMatchObject({ id, isCopy: true });
    again.store.close();
  });

  it('migrates a database of schema version 2: its issues are no copies', () => {
    oldDatabase(dir.path, 2);
    const store = Store.open(dir.path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(store.issues.list()).toMatchObject([{ id: 'old', isCopy: false }]);
    store.close();
  });
});

describe('the 收稿箱', () => {
  it('names an untitled submission by its first words, and keeps the clerk’s fix of a title and byline for placing, after reopening', () => {
    const first = openService(dir.path);
    const { submissions } = first.store;
    const untitled = submissions.add('无题.txt', cleanArticle(textToBlocks('通过这几天的学习，我收获颇丰，也进一步明确了今后前行的方向。')), '');
    expect(submissions.summary(untitled)).toMatchObject({ title: '', opening: '通过这几天的学习，我收获颇丰，也…' });
    const fixed = first.handlers.editSubmission(contract.editSubmission.input.parse({ id: untitled, title: '  明确前行的方向 ', byline: '沈巧英' }));
    expect(fixed).toMatchObject({ id: untitled, title: '明确前行的方向', byline: '沈巧英' });
    first.store.close();

    const again = openService(dir.path);
    expect(again.handlers.getSubmission({ id: untitled })).toMatchObject({ title: '明确前行的方向', byline: '沈巧英', paragraphs: [{ text: '通过这几天的学习，我收获颇丰，也进一步明确了今后前行的方向。' }] });
    // Once placed it has left the 收稿箱: nothing there to fix.
    again.handlers.placeSubmission({ id: untitled });
    expect(() => again.handlers.editSubmission({ id: untitled, title: '又改', byline: '' })).toThrow('收稿箱中没有这篇稿件。');
    again.store.close();
  });

  it('refuses a title or byline of more than one line, or with control characters', () => {
    const input = contract.editSubmission.input;
    expect(input.safeParse({ id: 'a', title: '两行\n标题', byline: '' }).success).toBe(false);
    expect(input.safeParse({ id: 'a', title: '标题', byline: '王\u0000芳' }).success).toBe(false);
    expect(input.safeParse({ id: 'a', title: 'x'.repeat(201), byline: '' }).success).toBe(false);
    expect(input.safeParse({ id: 'a', title: '标题', byline: '（第二党小组 王芳）' }).success).toBe(true);
  });
});
