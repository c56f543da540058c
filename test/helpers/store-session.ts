import { afterEach, beforeEach } from 'vitest';
import { Store } from '../../electron/node/store/store.ts';
import { createHandlers } from '../../electron/node/service/service.ts';
import { tempDir } from './tmp.ts';

/** A real SQLite store in a fresh folder for each test, with the contract's handlers over it. */
export function storeForEachTest(): { readonly dir: ReturnType<typeof tempDir>; readonly store: Store; readonly api: ReturnType<typeof createHandlers> } {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let api: ReturnType<typeof createHandlers>;
  beforeEach(() => {
    dir = tempDir();
    store = Store.open(dir.path);
    api = createHandlers(store);
  });
  afterEach(() => {
    store.close();
    dir.remove();
  });
  return {
    get dir() {
      return dir;
    },
    get store() {
      return store;
    },
    get api() {
      return api;
    },
  };
}
