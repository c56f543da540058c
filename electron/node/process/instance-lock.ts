import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode } from '../store/open-error.ts';

/** An SQLite file held in an exclusive transaction: the operating system's own file lock, gone with the process. */
const LOCK_FILE = 'jianbao.instance.lock';
/** Where the holder says it can be reached: a process number and an address, never the access token. */
const INFO_FILE = 'jianbao.instance.json';

export interface Holder {
  pid: number;
  /** Browser mode's address without its token (the holder printed the full one when it started). */
  url: string | null;
}

export interface InstanceLock {
  /** Records where this instance can be reached, for a second one to point the user to. */
  publish: (url: string) => void;
  release: () => void;
}

function readHolder(folder: string): Holder {
  try {
    return JSON.parse(readFileSync(join(folder, INFO_FILE), 'utf8')) as Holder;
  } catch {
    return { pid: 0, url: null };
  }
}

/**
 * One writer per data folder: the app, or a command-line command that writes. The lock is the
 * operating system's, so a crash or a reboot can never leave it behind (a process number could
 * belong to another process by then). Returns the lock, or who holds it. `nativeBinding`: as for the store, in Electron.
 */
export function acquireInstanceLock(folder: string, nativeBinding?: string): InstanceLock | { holder: Holder } {
  mkdirSync(folder, { recursive: true });
  const db = new Database(join(folder, LOCK_FILE), { timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    if (errorCode(e).startsWith('SQLITE_BUSY')) return { holder: readHolder(folder) };
    throw e;
  }
  const info = join(folder, INFO_FILE);
  const write = (url: string | null) => writeFileSync(info, JSON.stringify({ pid: process.pid, url } satisfies Holder), { mode: 0o600 });
  write(null);
  return {
    publish: (url) => {
      const address = new URL(url);
      address.search = '';
      write(address.href);
    },
    release: () => {
      if (!db.open) return;
      db.close();
      try {
        unlinkSync(info);
      } catch {
        // Already gone: nothing to tidy.
      }
    },
  };
}
