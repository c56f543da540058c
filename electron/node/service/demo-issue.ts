import demo from '../../../seeds/demo-issue.json' with { type: 'json' };
import type { Store } from '../store/store.ts';
import { importIssueFile } from './issue-file-io.ts';

const SEEDED = 'seeded';
export const LAST_ISSUE = 'lastIssueId';

/** On first start the store gets the demo issue, and the app opens on it. */
export function seedDemoIssue(store: Store): void {
  if (store.settings.get(SEEDED) || !store.issues.isEmpty()) return;
  const { id } = importIssueFile(store, JSON.stringify(demo));
  store.settings.set(SEEDED, '1');
  store.settings.set(LAST_ISSUE, id);
}
