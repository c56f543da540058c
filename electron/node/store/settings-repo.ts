import type Database from 'better-sqlite3';

/** Small key/value settings, such as the issue last edited. */
export class SettingsRepo {
  private readonly q;

  constructor(db: Database.Database) {
    this.q = {
      get: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      set: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      remove: db.prepare('DELETE FROM settings WHERE key = ?'),
    };
  }

  get(key: string): string | null {
    return this.q.get.get(key)?.value ?? null;
  }

  set(key: string, value: string | null): void {
    if (value === null) this.q.remove.run(key);
    else this.q.set.run(key, value);
  }
}
