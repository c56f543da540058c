import { openSync, writeSync, writeFileSync, closeSync, readFileSync, unlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'jianbao.lock';

interface Holder {
  pid: number;
  url: string | null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

/**
 * One running app per data folder, so two never write the same database. Returns a release
 * function, or the running holder (whose window or URL the caller should bring forward).
 */
export interface InstanceLock {
  /** Records where this instance can be reached, for a second one to point the user to. */
  publish: (url: string) => void;
  release: () => void;
}

export function acquireInstanceLock(folder: string): InstanceLock | { holder: Holder } {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, url: null } satisfies Holder));
      closeSync(fd);
      return {
        publish: (url) => writeFileSync(file, JSON.stringify({ pid: process.pid, url } satisfies Holder)),
        release: () => {
          if (readHolder(file)?.pid === process.pid) unlinkSync(file);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(file);
      if (holder && alive(holder.pid) && holder.pid !== process.pid) return { holder };
      unlinkSync(file); // left behind by a process that died: take it over
    }
  }
  throw new Error('无法获得数据文件夹的锁');
}
