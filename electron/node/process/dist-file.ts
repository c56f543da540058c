import { existsSync } from 'node:fs';
import nodePath, { type PlatformPath } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where this module runs from: the sources (tsx, the tests), a bundle inside dist/, or the packaged app's asar archive. */
const here = () => nodePath.dirname(fileURLToPath(import.meta.url));

/** dist/, found from wherever this code runs. `path` and `exists` let a test walk a Windows tree. */
export function distFolder(from = here(), path: PlatformPath = nodePath, exists: (file: string) => boolean = existsSync): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) === 'dist') return dir;
    if (exists(path.join(dir, 'dist'))) return path.join(dir, 'dist');
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * A file the build puts in dist/ (a worker's script, pdf.js's character maps). In the packaged app
 * it is read from inside the asar archive, where Electron's fs and worker threads find it, and
 * where the archive's integrity check covers it. Null when there is no dist/ (nothing was built).
 */
export function distFile(relative: string, dist = distFolder(), path: PlatformPath = nodePath): string | null {
  return dist && path.join(dist, relative);
}

/**
 * A native module is loaded by the operating system, which cannot read inside the asar archive:
 * electron-builder unpacks it beside the archive (asarUnpack), and this is its path there.
 */
export function unpackedFile(file: string, path: PlatformPath = nodePath): string {
  return file.replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`);
}
