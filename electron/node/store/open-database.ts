import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations.ts';
import { UserError } from '../../../core/api/user-error.ts';
import { chineseDate } from '../../../core/model/date.ts';
import { BUSY_MESSAGE, READONLY_NOTICE, openFailure } from './open-error.ts';
import { salvage } from './salvage.ts';
import type { SqliteOptions } from './sqlite-options.ts';
import { listBackups } from './backups.ts';

export interface OpenedDatabase {
  db: Database.Database;
  /** Messages for the clerk about what happened while opening (a damaged file set aside, read-only). */
  notices: string[];
  /** Opened read-only: nothing may be written, nothing tidied. */
  readonly: boolean;
}

/** How long to wait for another program's lock before saying the file is busy. */
const BUSY_MS = 3000;

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

function migrate(db: Database.Database, readonly: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length)
    throw new UserError(`数据库由较新版本的简报工坊创建（结构版本 ${version}），请升级简报工坊后再打开。`);
  if (version === MIGRATIONS.length) return;
  if (readonly) throw new UserError('数据库需要升级，但现在只能读取它：请先用简报工坊正常打开一次（需要写入权限）。');
  MIGRATIONS.slice(version).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + i + 1}`);
    })();
  });
}

/** Opens an existing file and checks it; throws what SQLite said, or 'damaged' when the check fails. */
function openChecked(file: string, readonly: boolean, sqlite: SqliteOptions): Database.Database {
  const db = new Database(file, { readonly, fileMustExist: true, timeout: BUSY_MS, ...sqlite });
  try {
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw Object.assign(new Error('quick_check failed'), { code: 'SQLITE_CORRUPT' });
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Sets a damaged file aside (never deletes it), starts afresh with what can be salvaged, and says so. */
function replaceDamaged(file: string, notices: string[], sqlite: SqliteOptions): Database.Database {
  const kept = `${file}.damaged-${stamp()}`;
  renameSync(file, kept);
  for (const side of ['-wal', '-shm']) if (existsSync(file + side)) renameSync(file + side, kept + side);
  const db = new Database(file, { timeout: BUSY_MS, ...sqlite });
  migrate(db, false);
  const saved = salvage(kept, db, sqlite);
  const backup = listBackups(dirname(file))[0];
  notices.push(
    `数据库文件已损坏，已原样保留为“${kept}”。` +
      (saved ? `已从中找回 ${saved} 期简报。` : '未能从中找回简报。') +
      (backup ? `最近的备份是 ${chineseDate(backup.time.slice(0, 10))} ${backup.time.slice(11, 16)} 的，可在“备份与恢复…”中打开并恢复。` : ''),
  );
  return db;
}

/**
 * Opens the store's database. Only real damage (SQLITE_CORRUPT, SQLITE_NOTADB, a failed quick
 * check) sets a file aside; a file another program holds is waited for and then reported with
 * nothing changed; a file that cannot be written is opened read-only, so an office can still export.
 */
export function openDatabase(file: string, { readonly = false, nativeBinding }: { readonly?: boolean } & SqliteOptions = {}): OpenedDatabase {
  const sqlite: SqliteOptions = nativeBinding ? { nativeBinding } : {};
  const notices: string[] = [];
  if (!existsSync(file)) {
    if (readonly) {
      // Nothing stored yet: an empty store, which reading commands show as such.
      const db = new Database(':memory:', sqlite);
      migrate(db, false);
      return { db, notices, readonly: true };
    }
    mkdirSync(dirname(file), { recursive: true });
  }
  let db: Database.Database;
  let readOnly = readonly;
  try {
    db = existsSync(file) ? openChecked(file, readonly, sqlite) : new Database(file, { timeout: BUSY_MS, ...sqlite });
  } catch (e) {
    const failure = openFailure(e);
    if (failure === 'busy') throw new UserError(BUSY_MESSAGE);
    if (failure === 'damaged' && !readonly) db = replaceDamaged(file, notices, sqlite);
    else if (failure === 'readonly' && !readonly && existsSync(file)) {
      db = openChecked(file, true, sqlite);
      readOnly = true;
      notices.push(READONLY_NOTICE);
    } else if (failure === 'damaged') throw new UserError('数据库文件已损坏，请用简报工坊正常打开它，以找回内容并从备份恢复。');
    else throw e;
  }
  if (!readOnly) {
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    } catch (e) {
      if (openFailure(e) !== 'readonly') throw e;
      db.close();
      db = openChecked(file, true, sqlite);
      readOnly = true;
      notices.push(READONLY_NOTICE);
    }
  }
  migrate(db, readOnly);
  return { db, notices, readonly: readOnly };
}
