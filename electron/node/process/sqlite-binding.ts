import { distFile, unpackedFile } from './dist-file.ts';

export interface Runtime {
  versions: NodeJS.ProcessVersions;
  platform: string;
  arch: string;
}

/** Inside dist/: the build of better-sqlite3 for one Electron, made by `npm start` and `npm run dist` (electron/launch/electron-sqlite.ts). */
export function electronSqliteFile(electron: string, platform: string, arch: string): string {
  return `native/better-sqlite3-electron-${electron}-${platform}-${arch}/better_sqlite3.node`;
}

/** The native module's path: in dist/, and in the packaged app unpacked beside the asar archive. */
const nativeFile = (relative: string) => {
  const file = distFile(relative);
  return file && unpackedFile(file);
};

/**
 * better-sqlite3's `nativeBinding`. In Electron, the build for Electron's ABI (its path even when
 * it is missing, so that the error names it); in Node (the command line, browser mode, the
 * tests) none, which is Node's own build as npm installed it. Electron's ABI differs from Node's,
 * so one build can never serve both.
 */
export function sqliteNativeBinding(runtime: Runtime = process, find: (relative: string) => string | null = nativeFile): string | undefined {
  const electron = runtime.versions.electron;
  if (!electron) return undefined;
  const relative = electronSqliteFile(electron, runtime.platform, runtime.arch);
  return find(relative) ?? relative;
}
