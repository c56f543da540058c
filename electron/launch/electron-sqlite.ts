import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { electronSqliteFile } from '../node/process/sqlite-binding.ts';
import { toolingNodeProblem } from './node-version.ts';

export interface ElectronTarget {
  electron: string;
  platform: NodeJS.Platform;
  arch: string;
}

/**
 * Gives one Electron its own build of better-sqlite3, in dist/ where the app looks for it
 * (electron/node/process/sqlite-binding.ts), and leaves Node's build in node_modules as it is for
 * the command line, browser mode and the tests. @electron/rebuild works on a copy of the package:
 * it downloads the prebuilt binary for Electron's ABI, or compiles one where there is none. Kept
 * until better-sqlite3 or Electron changes. Throws with the reason in Chinese.
 */
export async function prepareElectronSqlite(root: string, target: ElectronTarget): Promise<string> {
  const file = join(root, 'dist', electronSqliteFile(target.electron, target.platform, target.arch));
  const stamp = join(dirname(file), 'better-sqlite3.version');
  const module = join(root, 'node_modules', 'better-sqlite3');
  const source = (JSON.parse(readFileSync(join(module, 'package.json'), 'utf8')) as { version: string }).version;
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === source) return file;

  const tooOld = toolingNodeProblem('为 Electron 准备数据库组件');
  if (tooOld) throw new Error(tooOld);
  const stage = join(root, 'node_modules', '.cache', 'jianbao-electron-sqlite', `${target.platform}-${target.arch}`);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'jianbao-electron-sqlite', private: true, dependencies: { 'better-sqlite3': source } }));
  // Node's build stays behind: the copy is built afresh.
  cpSync(module, join(stage, 'node_modules', 'better-sqlite3'), { recursive: true, filter: (path) => relative(module, path).split(sep)[0] !== 'build' });
  try {
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: stage, electronVersion: target.electron, platform: target.platform, arch: target.arch, onlyModules: ['better-sqlite3'], force: true });
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(stage, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), file);
    writeFileSync(stamp, source);
  } catch (error) {
    const cause = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(`无法为 Electron ${target.electron}（${target.platform}-${target.arch}）准备数据库组件 better-sqlite3：${cause}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return file;
}
