import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolingNodeProblem } from './node-version.ts';

// The `electron` package is read as files, never loaded: loading it in Node starts a download.
const PACKAGE = 'node_modules/electron';

export function electronVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The Electron executable the `electron` package has downloaded, or null. */
export function electronBinary(root: string): string | null {
  const pathTxt = join(root, PACKAGE, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const binary = join(root, PACKAGE, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * Downloads Electron with the package's own installer (Electron 45's package downloads on first
 * use, not on install). Returns why it could not, in Chinese, or null. ELECTRON_SKIP_BINARY_DOWNLOAD
 * skips it, as on machines that cannot reach the download.
 */
export function fetchElectron(root: string): string | null {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return '没有下载 Electron（设置了 ELECTRON_SKIP_BINARY_DOWNLOAD）';
  const tooOld = toolingNodeProblem('下载 Electron ');
  if (tooOld) return tooOld;
  const run = spawnSync(process.execPath, [join(root, PACKAGE, 'install.js')], { cwd: root, encoding: 'utf8' });
  if (run.status === 0 && electronBinary(root)) return null;
  const cause = `${run.stderr ?? ''}`.trim().split('\n')[0] || `退出码 ${run.status}`;
  return `Electron 下载失败（${cause}），请检查网络，或设置 ELECTRON_MIRROR 使用镜像`;
}
