/** How the store opens SQLite files: `nativeBinding` is the build of better-sqlite3 for Electron's ABI, when in Electron. */
export interface SqliteOptions {
  nativeBinding?: string;
}
