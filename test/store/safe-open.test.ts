import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE, Store } from '../../electron/node/store/store.ts';
import { makeBackup } from '../../electron/node/store/backups.ts';
import { acquireInstanceLock } from '../../electron/node/process/instance-lock.ts';
import { issueFromTemplate } from '../../core/model/new-issue.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { demoIssueFile } from '../helpers/big-issue.ts';
import { runJianbao } from '../helpers/jianbao.ts';

/** Opening the store as a clerk's machine has it: a busy file, a damaged one with a backup, a second writer. */
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const template = requireBuiltIn(DEFAULT_TEMPLATE_ID);
const env = () => ({ ...process.env, JIANBAO_DATA_DIR: dir.path });
const jianbao = (...args: string[]) => runJianbao(dir.path, args, env());
const setAside = () => readdirSync(dir.path).filter((f) => f.includes('.damaged-'));

/** Another program that holds the database exclusively (as a backup tool or a virus scanner may) until told to stop. */
function holdDatabase(): Promise<() => Promise<void>> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const D = require(${JSON.stringify(join(REPO, 'node_modules/better-sqlite3'))});
       const db = new D(${JSON.stringify(join(dir.path, DB_FILE))});
       db.pragma('locking_mode = EXCLUSIVE'); db.exec('BEGIN EXCLUSIVE'); db.exec("UPDATE settings SET value = value");
       console.log('held'); process.stdin.on('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  return new Promise((resolve) =>
    child.stdout!.once('data', () =>
      resolve(() => {
        const gone = new Promise<void>((r) => child.once('exit', () => r()));
        child.stdin!.write('go\n');
        return gone;
      }),
    ),
  );
}

describe('opening the database', () => {
  it('does not take a busy database for a damaged one: it waits, says so, and lists the issue once the other program lets go', async () => {
    const store = Store.open(dir.path);
    store.issues.insert(issueFromTemplate(template));
    store.close();
    const release = await holdDatabase();
    const busy = jianbao('issues');
    expect(busy.code).toBe(1);
    expect(busy.err).toContain('正在使用数据库文件');
    expect(() => Store.open(dir.path)).toThrow(/正在使用数据库文件.*没有任何改动/u);
    expect(setAside()).toEqual([]);
    await release();
    const listed = jianbao('issues');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('第1期');
  });

  it('sets a truly damaged database aside, salvages what it can, and offers the newest backup', async () => {
    const store = Store.open(dir.path);
    store.issues.insert(issueFromTemplate(template));
    const backup = await makeBackup(store.db, dir.path, 'manual');
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const file = join(dir.path, DB_FILE);
    truncateSync(file, Math.floor(statSync(file).size * 0.6));
    writeFileSync(file, Buffer.alloc(4096, 0xee), { flag: 'r+' }); // the header and first page destroyed
    const reopened = Store.open(dir.path);
    expect(reopened.notices[0]).toMatch(/已损坏，已原样保留为.*最近的备份是/u);
    expect(setAside()).toHaveLength(1);
    reopened.close();
    expect(backup.file).toMatch(/^jianbao-manual-/u);
  });

  it('lets one writer at a time change the data folder; reading commands never change it', () => {
    const loaded = jianbao('load', join(REPO, 'seeds/demo-issue.json'));
    expect(loaded.code).toBe(0);
    const lock = acquireInstanceLock(dir.path);
    if ('holder' in lock) throw new Error('lock not free');
    try {
      const refused = jianbao('load', join(REPO, 'seeds/demo-issue.json'));
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('简报工坊正在使用这个数据文件夹');
      const db = readFileSync(join(dir.path, DB_FILE));
      expect(jianbao('issues').out.match(/第1期/gu)).toHaveLength(1);
      expect(readFileSync(join(dir.path, DB_FILE)).equals(db)).toBe(true);
    } finally {
      lock.release();
    }
    expect(jianbao('load', join(REPO, 'seeds/demo-issue.json')).code).toBe(0);
  });
});

describe('history and backups on the command line', () => {
  it('lists the versions, restores an article destroyed by select-all-and-type, names and backs up', () => {
    const id = /编号 (\S+)/u.exec(jianbao('load', join(REPO, 'seeds/demo-issue.json')).out)![1]!;
    const store = Store.open(dir.path);
    const issue = store.issues.get(id)!;
    store.versions.record(id, issue, 'open', 24_883);
    const destroyed = structuredClone(issue.doc);
    const article = destroyed.content![0]!.content![0]!;
    article.content = [article.content![0]!, { type: 'paragraph', content: [{ type: 'text', text: '啊' }] }, article.content!.at(-1)!];
    store.issues.save(id, { ...issue, doc: destroyed }, issue.revision);
    store.close();

    const history = JSON.parse(jianbao('history', id, '--json').out) as { id: string; reason: string; chars: number }[];
    expect(history.map((v) => v.reason)).toEqual(['open']);
    expect(jianbao('restore', id, history[0]!.id).code).toBe(0);
    const dumped = jianbao('dump', id, '-o', 'after.json');
    expect(dumped.code).toBe(0);
    const after = JSON.parse(readFileSync(join(dir.path, 'after.json'), 'utf8')) as ReturnType<typeof demoIssueFile>;
    expect(after.doc.content![0]!.content![0]!.content).toEqual(demoIssueFile().doc.content![0]!.content![0]!.content);
    expect((JSON.parse(jianbao('history', id, '--json').out) as { reason: string }[]).map((v) => v.reason)).toEqual(['restore', 'open']);

    expect(jianbao('name', id, '送审稿').out).toContain('已命名为“送审稿”');
    expect(jianbao('issues').out).toContain('【送审稿】');
    expect(jianbao('backup').code).toBe(0);
    expect(jianbao('backup', '-o', 'usb.db').out).toContain('usb.db');
    expect(jianbao('backups').out).toMatch(/jianbao-manual-.*手动/u);
  });
});
