import { Store } from '../store/store.ts';
import { seedDemoIssue } from './demo-issue.ts';
import { createHandlers } from './service.ts';
import type { PrintPdf } from './pdf-export.ts';
import { routineBackups } from '../store/backups.ts';
import { makeFolderPrivate } from '../process/data-dir.ts';

export interface Service {
  store: Store;
  handlers: ReturnType<typeof createHandlers>;
}

/** The Node side of the app over one data folder, private to its user: its store, seeded on first start and backed up daily, and the handlers. */
/** `nativeBinding`: better-sqlite3 built for Electron, when in Electron (see process/sqlite-binding.ts). */
/** `printPdf`: Electron's printer, in the desktop app. */
export function openService(folder: string, nativeBinding?: string, printPdf?: PrintPdf): Service {
  // Private before the store opens (SQLite creates its files inside), and after (to tighten what it created).
  makeFolderPrivate(folder);
  const store = Store.open(folder, nativeBinding ? { nativeBinding } : {});
  makeFolderPrivate(folder);
  if (!store.readonly) {
    seedDemoIssue(store);
    // The day's backup is made while the app starts up; a failure is said, and stops nothing.
    routineBackups(store.db, folder).catch((e: unknown) => console.error('未能完成每日备份：', (e as Error).message));
  }
  return { store, handlers: createHandlers(store, printPdf) };
}
