import type { IssueSummary } from '../../../core/api/contract.ts';

/** Beside an issue's name: its newest named version (送审稿…) and, for a copy, （副本）. */
export function IssueMarks({ issue }: { issue: Pick<IssueSummary, 'versionName' | 'isCopy'> }) {
  return (
    <>
      {issue.versionName && (
        <span className="bj-version-tag" title="最新的命名版本">
          {issue.versionName}
        </span>
      )}
      {issue.isCopy && <span className="bj-copy-mark">（副本）</span>}
    </>
  );
}
