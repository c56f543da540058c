import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the database lives: JIANBAO_DATA_DIR, else the user's data folder of this platform. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JIANBAO_DATA_DIR) return resolve(env.JIANBAO_DATA_DIR);
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'jianbao');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'jianbao');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'jianbao');
}
