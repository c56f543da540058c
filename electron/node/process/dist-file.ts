import { existsSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/, found from wherever this code runs: the sources (tsx, the tests), a bundle inside dist/, or the packaged app's asar archive. */
function distFolder(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (basename(dir) === 'dist') return dir;
    if (existsSync(join(dir, 'dist'))) return join(dir, 'dist');
    if (dirname(dir) === dir) return null;
  }
}

/**
 * A file the build puts in dist/ to be loaded by path (a worker's script, a native module): in the
 * packaged app it sits unpacked beside the asar archive, since neither can be loaded from inside
 * it. Null when there is no dist/ (nothing was built).
 */
export function distFile(relative: string, from = dirname(fileURLToPath(import.meta.url))): string | null {
  const dist = distFolder(from);
  return dist && join(dist, relative).replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}
