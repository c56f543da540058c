import { dataDir, makeFolderPrivate } from '../process/data-dir.ts';
import { acquireInstanceLock } from '../process/instance-lock.ts';
import { Store } from '../store/store.ts';
import { UserError } from '../../../core/api/user-error.ts';

/**
 * Opens the store of the data folder for one command, says what it had to say on opening, and
 * closes it. A reading command opens it read-only and never tidies; a writing one first takes the
 * app's lock, and changes nothing while the app (or another writer) runs.
 */
export async function withStore<T>(work: (store: Store) => T | Promise<T>, { write = false }: { write?: boolean } = {}): Promise<T> {
  const folder = dataDir();
  const lock = write ? acquireInstanceLock(folder) : null;
  if (lock && 'holder' in lock)
    throw new UserError(`简报工坊正在使用这个数据文件夹（进程 ${lock.holder.pid}），命令没有执行，什么也没有改动：请在简报工坊中操作，或先关闭它。`);
  try {
    if (write) makeFolderPrivate(folder);
    const store = Store.open(folder, { readonly: !write });
    if (write) makeFolderPrivate(folder); // what SQLite created, private too
    try {
      for (const notice of store.notices) console.error(notice);
      return await work(store);
    } finally {
      store.close();
    }
  } finally {
    lock?.release();
  }
}
