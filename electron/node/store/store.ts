import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { openDatabase } from './open-database.ts';
import { IssuesRepo, TRASH_DAYS } from './issues-repo.ts';
import { PhotosRepo } from './photos-repo.ts';
import { SettingsRepo } from './settings-repo.ts';
import { SubmissionsRepo } from './submissions-repo.ts';
import { photoHashes } from '../../../core/model/photo.ts';

/** The database's file name in the data folder. */
export const DB_FILE = 'jianbao.db';

/** The one SQLite database of a data folder, with its tables as repositories. */
export class Store {
  readonly issues: IssuesRepo;
  readonly photos: PhotosRepo;
  readonly settings: SettingsRepo;
  readonly submissions: SubmissionsRepo;
  readonly notices: string[];

  private constructor(readonly db: Database.Database, notices: string[]) {
    this.issues = new IssuesRepo(db);
    this.photos = new PhotosRepo(db);
    this.settings = new SettingsRepo(db);
    this.submissions = new SubmissionsRepo(db);
    this.notices = notices;
  }

  static open(folder: string): Store {
    const { db, notices } = openDatabase(join(folder, DB_FILE));
    const store = new Store(db, notices);
    store.tidy();
    return store;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }

  /** At start: empty the trash of what is older than 30 days, then drop photos nothing shows. */
  private tidy(): void {
    this.transaction(() => {
      this.issues.purgeExpired();
      const inUse = new Set<string>();
      for (const text of this.issues.allDocTexts()) for (const h of photoHashes(JSON.parse(text))) inUse.add(h);
      this.photos.collect(inUse, new Date(Date.now() - TRASH_DAYS * 86_400_000));
    });
  }
}
