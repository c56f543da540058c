import type { VersionReason } from '../../../../core/api/contract.ts';
import type { IssueContent } from '../../../../core/model/issue.ts';
import { call, errorText } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';

/**
 * Keeps the page's text as a version before a sweeping change (a large paste or deletion, 全部替换,
 * 全部修正, a submission placed). Fire and forget: the text is read after the change is on screen,
 * typing never waits for the store, and a failure is told.
 */
export function recordBefore(issueId: string, reason: VersionReason, content: () => IssueContent, notify: Notify, onRecorded: () => void): void {
  setTimeout(() =>
    call('recordVersion', { id: issueId, reason, content: content() }).then(onRecorded, (e: unknown) =>
      notify(`改动前的内容没能存为历史版本：${errorText(e)}`),
    ),
  );
}
