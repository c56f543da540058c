import Database from 'better-sqlite3';
import type { SqliteOptions } from './sqlite-options.ts';

const TABLES = ['issues', 'photos', 'settings', 'submissions', 'versions'];

function columns(db: Database.Database, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
}

/**
 * Copies what can still be read from a damaged database into a fresh one, table by table and row
 * by row, until the damage stops the reading. Returns how many issues came back.
 */
export function salvage(damaged: string, into: Database.Database, sqlite: SqliteOptions): number {
  let old: Database.Database;
  try {
    old = new Database(damaged, { readonly: true, fileMustExist: true, ...sqlite });
  } catch {
    return 0;
  }
  let issues = 0;
  try {
    for (const table of TABLES) {
      try {
        const shared = columns(old, table).filter((c) => columns(into, table).includes(c));
        if (!shared.length) continue;
        const insert = into.prepare(`INSERT OR IGNORE INTO ${table} (${shared.join(', ')}) VALUES (${shared.map(() => '?').join(', ')})`);
        for (const row of old.prepare(`SELECT ${shared.join(', ')} FROM ${table}`).raw().iterate() as Iterable<unknown[]>) {
          if (insert.run(...row).changes && table === 'issues') issues++;
        }
      } catch {
        // The damage ends this table: what was read before it is kept.
      }
    }
  } finally {
    old.close();
  }
  return issues;
}
