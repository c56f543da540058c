import type { IssueFile } from '../../core/model/issue-file.ts';
import type { PhotoBytes } from '../../core/layout/printable-issue.ts';

/** The photos an issue file carries, as the exporters read stored photos. */
export function issuePhotos(file: IssueFile): PhotoBytes {
  return (hash) => {
    const p = file.photos[hash];
    return p ? { bytes: Buffer.from(p.data, 'base64'), mime: p.mime } : null;
  };
}
