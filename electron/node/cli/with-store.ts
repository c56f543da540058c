import { dataDir } from '../process/data-dir.ts';
import { Store } from '../store/store.ts';

/** Opens the store of the data folder for one command, says what it had to say on opening, and closes it. */
export function withStore<T>(work: (store: Store) => T): T {
  const store = Store.open(dataDir());
  try {
    for (const notice of store.notices) console.error(notice);
    return work(store);
  } finally {
    store.close();
  }
}
