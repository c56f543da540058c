import { resolve } from 'node:path';
import { makeBackup } from '../../store/backups.ts';
import { option } from '../args.ts';
import { withStore } from '../with-store.ts';

/** `jianbao backup [-o 文件]`: a consistent copy of the whole database now, into backups/ or to a file. */
export async function run(args: string[]): Promise<void> {
  const out = option(args, '-o');
  const where = await withStore(async (store) => {
    if (out) {
      await store.db.backup(resolve(out));
      return resolve(out);
    }
    return (await makeBackup(store.db, store.folder, 'manual')).file;
  });
  console.log(`已备份：${where}`);
}
