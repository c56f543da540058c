/**
 * `npm install` (postinstall): fetches Electron, whose package (since Electron 45) downloads only
 * on first use. Never fails the install: browser mode and the command line need no Electron, and
 * `npm start` says what is missing. ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips it (CI, offline machines).
 */
import { fileURLToPath } from 'node:url';
import { electronBinary, fetchElectron } from './electron-binary.ts';
import { desktopProblem } from './desktop-problem.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !electronBinary(root)) {
  const failed = fetchElectron(root);
  if (failed) console.warn(desktopProblem(failed));
}
