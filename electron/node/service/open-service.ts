import { Store } from '../store/store.ts';
import { seedDemoIssue } from './demo-issue.ts';
import { createHandlers } from './service.ts';

export interface Service {
  store: Store;
  handlers: ReturnType<typeof createHandlers>;
}

/** The Node side of the app over one data folder: its store, seeded on first start, and the handlers. */
export function openService(folder: string): Service {
  const store = Store.open(folder);
  seedDemoIssue(store);
  return { store, handlers: createHandlers(store) };
}
