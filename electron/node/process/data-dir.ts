import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import nodePath, { join } from 'node:path';

/**
 * Where the database lives: JIANBAO_DATA_DIR, else the user's data folder of this platform, as that
 * platform writes paths (a test asks for Windows' on any machine). `home` is the user's folder there.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const path = platform === 'win32' ? nodePath.win32 : nodePath.posix;
  if (env.JIANBAO_DATA_DIR) return path.resolve(env.JIANBAO_DATA_DIR);
  // Local, not roaming: a roaming profile copies %APPDATA% to a network share, where SQLite's WAL does not work.
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'jianbao');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'jianbao');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'jianbao');
}

// Best effort: on a read-only disk the modes cannot change, and the store says what matters there.
function chmod(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    /* kept as it is */
  }
}

function tighten(folder: string): void {
  chmod(folder, 0o700);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) tighten(path);
    else if (entry.isFile()) chmod(path, 0o600); // links are left alone, never followed
  }
}

/**
 * Makes the data folder (created if need be) private to its user, where the OS has modes (on
 * Windows the per-user folder's own ACL does it): folders 0700 and files 0600, also what an older
 * version left readable to all. SQLite gives its -wal and -shm files the mode of the database
 * file, so once that is 0600 they are created 0600 too.
 */
export function makeFolderPrivate(folder: string): void {
  if (process.platform === 'win32') return;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  tighten(folder);
}

/** The same for one file written into the data folder later (a backup). */
export function makeFilePrivate(file: string): void {
  if (process.platform !== 'win32') chmod(file, 0o600);
}
