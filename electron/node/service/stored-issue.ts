import type { Store } from '../store/store.ts';
import type { Issue } from '../../../core/model/issue.ts';
import { UserError } from '../../../core/api/user-error.ts';

/** What the clerk is told when an issue asked for is not in the store (any more). */
export const GONE = '找不到这期简报，它可能已被删除。';

/** A stored issue, or the Chinese message that it is gone. */
export function storedIssue(store: Store, id: string): Issue {
  const issue = store.issues.get(id);
  if (!issue) throw new UserError(GONE);
  return issue;
}
