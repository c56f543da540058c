/**
 * `npm start` (after the build): makes sure Electron and its own better-sqlite3 are there, then
 * opens the desktop app. Where either cannot be had it prints one line saying why, pointing to
 * browser mode, and exits 1.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronVersion, fetchElectron } from './electron-binary.ts';
import { prepareElectronSqlite } from './electron-sqlite.ts';
import { desktopProblem } from './desktop-problem.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function cannotStart(reason: string): never {
  console.error(desktopProblem(reason));
  process.exit(1);
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) cannotStart('这台机器没有图形界面（DISPLAY 未设置）');
let binary = electronBinary(root);
if (!binary) {
  const failed = fetchElectron(root);
  if (failed) cannotStart(failed);
  binary = electronBinary(root)!;
}
try {
  await prepareElectronSqlite(root, { electron: electronVersion(root), platform: process.platform, arch: process.arch });
} catch (error) {
  cannotStart((error as Error).message);
}
const app = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 1));
