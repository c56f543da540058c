import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations.ts';
import { UserError } from '../../../core/api/user-error.ts';

export interface OpenedDatabase {
  db: Database.Database;
  /** Messages for the clerk about what happened while opening (a damaged file set aside). */
  notices: string[];
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

function tryOpen(file: string): Database.Database | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file);
    const result = db.pragma('quick_check', { simple: true });
    if (result === 'ok') return db;
  } catch {
    // Not a database, or damaged beyond reading: handled as a failed check.
  }
  db?.close();
  return null;
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length)
    throw new UserError(`数据库由较新版本的简报工坊创建（结构版本 ${version}），请升级简报工坊后再打开。`);
  MIGRATIONS.slice(version).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + i + 1}`);
    })();
  });
}

/**
 * Opens the store's database. One that fails its integrity check is kept beside the new one
 * under another name, never deleted, and the clerk is told.
 */
export function openDatabase(file: string): OpenedDatabase {
  mkdirSync(dirname(file), { recursive: true });
  const notices: string[] = [];
  let db = existsSync(file) ? tryOpen(file) : new Database(file);
  if (!db) {
    const kept = `${file}.damaged-${stamp()}`;
    renameSync(file, kept);
    for (const side of ['-wal', '-shm']) if (existsSync(file + side)) renameSync(file + side, kept + side);
    notices.push(`数据库文件未通过完整性检查，已原样保留为“${kept}”，并新建了一个空数据库。如需找回旧内容，请联系技术支持。`);
    db = new Database(file);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 3000');
  migrate(db);
  return { db, notices };
}
