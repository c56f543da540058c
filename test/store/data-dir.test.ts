import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openService } from '../../electron/node/service/open-service.ts';
import { DB_FILE } from '../../electron/node/store/store.ts';
import { tempDir } from '../helpers/tmp.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the data folder', () => {
  it.skipIf(process.platform === 'win32')('is private to its user: the folder 0700, the database and its WAL files 0600', () => {
    const folder = join(dir.path, 'new', 'jianbao');
    const service = openService(folder);
    try {
      expect(mode(folder)).toBe(0o700);
      for (const file of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`]) expect(mode(join(folder, file)), file).toBe(0o600);
    } finally {
      service.store.close();
    }
  });

  it.skipIf(process.platform === 'win32')('tightens what an older version left readable to every user', () => {
    const folder = join(dir.path, 'old');
    mkdirSync(join(folder, 'backups'), { recursive: true, mode: 0o755 });
    chmodSync(folder, 0o755);
    writeFileSync(join(folder, 'backups', 'jianbao-old.db'), 'x', { mode: 0o644 });
    openService(folder).store.close();
    expect(mode(folder)).toBe(0o700);
    expect(mode(join(folder, 'backups'))).toBe(0o700);
    expect(mode(join(folder, 'backups', 'jianbao-old.db'))).toBe(0o600);
    expect(mode(join(folder, DB_FILE))).toBe(0o600);
  });
});
