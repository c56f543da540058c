import { createHash } from 'node:crypto';
import type { IssueFile } from '../../../core/model/issue-file.ts';
import type { ReviewCopy } from '../../../core/docx/review-copy.ts';
import { todayIso } from '../../../core/model/date.ts';

/**
 * A 送审稿 made from a project file rather than the database: its version is the file's text itself,
 * so `jianbao review` can tell whether a returned copy was made from the file it is given.
 */
export function fileReviewCopy(issue: IssueFile, today = new Date()): ReviewCopy {
  const versionId = `file-${createHash('sha256').update(JSON.stringify(issue.doc)).digest('hex').slice(0, 16)}`;
  return { issueId: 'file', versionId, name: `送审稿 ${todayIso(today)}` };
}
