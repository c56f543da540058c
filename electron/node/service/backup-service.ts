import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/store.ts';
import { IssuesRepo } from '../store/issues-repo.ts';
import { PhotosRepo } from '../store/photos-repo.ts';
import { MIGRATIONS } from '../store/migrations.ts';
import { backupDir, listBackups, makeBackup } from '../store/backups.ts';
import { photoHashes } from '../../../core/model/photo.ts';
import { UserError } from '../../../core/api/user-error.ts';
import { recordVersion } from './history.ts';
import type { Handlers } from '../../../core/api/contract.ts';
import { docNode } from '../../../core/schema/doc-node.ts';

/** Opens a backup read-only: it is never changed, whatever is brought back from it. */
function openBackup(store: Store, file: string): Database.Database {
  const path = join(backupDir(store.folder), file);
  if (!existsSync(path)) throw new UserError(`找不到备份“${file}”。`);
  const db = new Database(path, { readonly: true, fileMustExist: true, ...store.sqlite });
  if ((db.pragma('user_version', { simple: true }) as number) !== MIGRATIONS.length) {
    db.close();
    throw new UserError(`备份“${file}”由另一版本的简报工坊制作，无法在此打开。`);
  }
  return db;
}

function withBackup<T>(store: Store, file: string, work: (issues: IssuesRepo, photos: PhotosRepo) => T): T {
  const db = openBackup(store, file);
  try {
    return work(new IssuesRepo(db), new PhotosRepo(db));
  } finally {
    db.close();
  }
}

/**
 * Brings issues back from a backup as they were there, with their photos. An issue that exists
 * now is recorded as a version first; one deleted since comes back under its own id.
 */
export function restoreFromBackup(store: Store, file: string, ids: readonly string[]): number {
  return withBackup(store, file, (issues, photos) =>
    store.transaction(() => {
      let restored = 0;
      for (const id of ids) {
        const old = issues.get(id);
        if (!old) continue;
        for (const hash of photoHashes(docNode(old.doc))) {
          const photo = photos.get(hash);
          if (photo && !store.photos.get(hash)) store.photos.put(photo.data);
        }
        const content = { template: old.template, meta: old.meta, doc: old.doc };
        const current = store.issues.get(id);
        if (current) {
          recordVersion(store, id, current, 'restore');
          store.issues.save(id, content);
        } else {
          store.issues.restore(id); // from the trash, if it is there
          if (store.issues.get(id)) store.issues.save(id, content);
          else store.issues.insert(content, null, id);
        }
        restored++;
      }
      return restored;
    }),
  );
}

/** The calls of 备份与恢复…. */
export function backupHandlers(store: Store) {
  return {
    listBackups: () => listBackups(store.folder),
    makeBackup: () => makeBackup(store.db, store.folder, 'manual'),
    downloadBackup: ({ file }) => {
      if (!listBackups(store.folder).some((b) => b.file === file)) throw new UserError(`找不到备份“${file}”。`);
      return { fileName: `简报工坊备份-${file}`, data: readFileSync(join(backupDir(store.folder), file)).toString('base64') };
    },
    backupIssues: ({ file }) => withBackup(store, file, (issues) => issues.list()),
    restoreFromBackup: ({ file, ids }) => ({ restored: restoreFromBackup(store, file, ids) }),
  } satisfies Pick<Handlers, 'listBackups' | 'makeBackup' | 'downloadBackup' | 'backupIssues' | 'restoreFromBackup'>;
}
