import { ISSUE_FILE_FORMAT, ISSUE_FILE_VERSION, type IssueFile } from '../../../core/model/issue-file.ts';
import { sniffImageMime } from '../../../core/model/photo.ts';
import type { PastIssueRead } from './past-issue-parse.ts';

/** A past briefing read, as the issue file (`.json`) that `jianbao export` and 打开工程文件 take: its template inside, its photos with it. */
export function pastIssueFile({ pastIssue, pictures }: PastIssueRead): IssueFile {
  const { template, meta, doc } = pastIssue.issue;
  const photos: IssueFile['photos'] = {};
  for (const { hash, bytes } of pictures) photos[hash] = { mime: sniffImageMime(bytes) ?? 'application/octet-stream', data: Buffer.from(bytes).toString('base64') };
  return { format: ISSUE_FILE_FORMAT, version: ISSUE_FILE_VERSION, template, meta, doc, photos };
}
