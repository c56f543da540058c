import type Database from 'better-sqlite3';
import { chmodSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '../../../core/api/contract.ts';

export const BACKUP_DIR = 'backups';
type Kind = BackupEntry['kind'];
/** How many of each kind are kept: a week of days, a month of weeks, and the clerk's own last ten. */
const KEEP: Record<Kind, number> = { daily: 7, weekly: 4, manual: 10 };
const NAME = /^jianbao-(daily|weekly|manual)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})\.db$/u;
const DAY = 86_400_000;

const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/:/gu, '-');
const timeOf = (s: string) => `${s.slice(0, 10)}T${s.slice(11).replace(/-/gu, ':')}Z`;

export function backupDir(folder: string): string {
  return join(folder, BACKUP_DIR);
}

/** The backups of a data folder, newest first. */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(backupDir(folder));
  } catch {
    return [];
  }
  return names
    .flatMap((file) => {
      const m = NAME.exec(file);
      return m ? [{ file, kind: m[1] as Kind, time: timeOf(m[2]!), size: statSync(join(backupDir(folder), file)).size }] : [];
    })
    .sort((a, b) => b.time.localeCompare(a.time));
}

/** A consistent copy of the whole database (SQLite's online backup), made while the app works on. */
export async function makeBackup(db: Database.Database, folder: string, kind: Kind, now = new Date()): Promise<BackupEntry> {
  mkdirSync(backupDir(folder), { recursive: true, mode: 0o700 });
  const file = `jianbao-${kind}-${stamp(now)}.db`;
  await db.backup(join(backupDir(folder), file));
  // A backup is as private as the database it copies (process/data-dir.ts makes the folder 0700, its files 0600).
  if (process.platform !== 'win32') chmodSync(join(backupDir(folder), file), 0o600);
  prune(folder, kind);
  return listBackups(folder).find((b) => b.file === file)!;
}

function prune(folder: string, kind: Kind): void {
  for (const old of listBackups(folder).filter((b) => b.kind === kind).slice(KEEP[kind])) unlinkSync(join(backupDir(folder), old.file));
}

/** At start: a daily copy once a day, a weekly one once a week. Returns what it made. */
export async function routineBackups(db: Database.Database, folder: string, now = new Date()): Promise<BackupEntry[]> {
  const made: BackupEntry[] = [];
  const newest = (kind: Kind) => listBackups(folder).find((b) => b.kind === kind);
  const daily = newest('daily');
  if (!daily || daily.time.slice(0, 10) !== now.toISOString().slice(0, 10)) made.push(await makeBackup(db, folder, 'daily', now));
  const weekly = newest('weekly');
  if (!weekly || now.getTime() - Date.parse(weekly.time) >= 7 * DAY) made.push(await makeBackup(db, folder, 'weekly', now));
  return made;
}
