import type { IssueFile } from '../../core/model/issue-file.ts';
import type { PhotoBytes, PhotoSource } from '../../core/layout/printable-issue.ts';
import { memoryCache, photoSource } from '../../electron/node/service/photo-source.ts';

/** The photos an issue file carries, as the exporters read stored photos (resampled as the app and the command line do). */
export function issuePhotos(file: IssueFile, options: { full?: boolean } = {}): PhotoSource {
  return bytesSource((hash) => {
    const p = file.photos[hash];
    return p ? { bytes: Buffer.from(p.data, 'base64'), mime: p.mime } : null;
  }, options);
}

/** Photos from a lookup of their bytes, for an export. */
export function bytesSource(photos: PhotoBytes, options: { full?: boolean } = {}): PhotoSource {
  return photoSource(photos, memoryCache(), options);
}
