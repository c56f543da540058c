import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { openDatabase } from './open-database.ts';
import type { SqliteOptions } from './sqlite-options.ts';
import { IssuesRepo, TRASH_DAYS } from './issues-repo.ts';
import { PhotosRepo } from './photos-repo.ts';
import { PhotoCopiesRepo } from './photo-copies-repo.ts';
import { SettingsRepo } from './settings-repo.ts';
import { SubmissionsRepo } from './submissions-repo.ts';
import { VersionsRepo } from './versions-repo.ts';
import { photoHashes } from '../../../core/model/photo.ts';
import { docNode } from '../../../core/schema/doc-node.ts';

/** The database's file name in the data folder. */
export const DB_FILE = 'jianbao.db';

/** The one SQLite database of a data folder, with its tables as repositories. */
export class Store {
  readonly issues: IssuesRepo;
  readonly photos: PhotosRepo;
  readonly photoCopies: PhotoCopiesRepo;
  readonly settings: SettingsRepo;
  readonly submissions: SubmissionsRepo;
  readonly versions: VersionsRepo;

  private constructor(
    readonly db: Database.Database,
    /** The data folder: backups live in its backups/. */
    readonly folder: string,
    readonly notices: string[],
    /** Opened read-only (by a reading command, or because the file cannot be written): nothing is written. */
    readonly readonly: boolean,
    /** How to open other SQLite files (a backup) the same way. */
    readonly sqlite: SqliteOptions,
  ) {
    this.issues = new IssuesRepo(db);
    this.photos = new PhotosRepo(db);
    this.photoCopies = new PhotoCopiesRepo(db, readonly);
    this.settings = new SettingsRepo(db);
    this.submissions = new SubmissionsRepo(db);
    this.versions = new VersionsRepo(db);
  }

  /** `readonly`: for commands that only read; they never tidy and never change the file. */
  static open(folder: string, { readonly = false, nativeBinding }: { readonly?: boolean } & SqliteOptions = {}): Store {
    const sqlite: SqliteOptions = nativeBinding ? { nativeBinding } : {};
    const opened = openDatabase(join(folder, DB_FILE), { readonly, ...sqlite });
    const store = new Store(opened.db, folder, opened.notices, opened.readonly, sqlite);
    if (!store.readonly) store.tidy();
    return store;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }

  /**
   * At start: empty the trash of what is older than 30 days, with its history, then drop photos
   * nothing shows, not even a version or a submission waiting in the 收稿箱. A tidy that fails (a full disk) never stops the app.
   */
  private tidy(): void {
    try {
      this.transaction(() => {
        this.issues.purgeExpired();
        this.versions.purgeOrphans();
        const inUse = this.versions.photoHashes();
        for (const h of this.submissions.photoHashes()) inUse.add(h);
        for (const text of this.issues.allDocTexts()) for (const h of photoHashes(docNode(JSON.parse(text)))) inUse.add(h);
        this.photos.collect(inUse, new Date(Date.now() - TRASH_DAYS * 86_400_000));
      });
    } catch (e) {
      console.error('整理数据库未完成：', (e as Error).message);
    }
  }
}
