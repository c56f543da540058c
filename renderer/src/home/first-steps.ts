import type { IssueSummary } from '../../../core/api/contract.ts';
import type { Notify } from '../app/notices.ts';
import { call } from '../api/client.ts';

/**
 * A clerk with no issue besides the first (on first start, the demo the app opens on) has not begun
 * one of their own yet: the list then shows how to, and opening the app says where.
 */
export const isBeginning = (issues: readonly IssueSummary[]) => issues.length <= 1;

/** On opening an issue while the clerk is beginning: a notice that says where a new issue starts. */
export function hintHowToBegin(notify: Notify): void {
  call('listIssues', {}).then(
    (issues) => {
      if (isBeginning(issues))
        notify('开始新一期：点上方的“新建下一期”，报头和报、送、发沿用这一期，期号加一，栏目留空；全部简报在“期刊列表”里。');
    },
    () => undefined, // Only a hint: opening the issue reports anything that went wrong.
  );
}
