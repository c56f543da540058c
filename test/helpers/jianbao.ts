import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './web-server.ts';

/** Runs the built `jianbao` command line in `cwd`, with its data kept in `cwd/data`. */
export function runJianbao(cwd: string, args: string[], env: NodeJS.ProcessEnv = { ...process.env, JIANBAO_DATA_DIR: join(cwd, 'data') }) {
  const r = spawnSync(process.execPath, [join(REPO, 'dist/cli/jianbao.mjs'), ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
