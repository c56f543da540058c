/** An export this big no longer goes by e-mail everywhere (mail systems take 20 to 50 MB): the clerk is told what made it so. */
export const LARGE_EXPORT_BYTES = 20 * 1024 * 1024;

/** One photo as an export embeds it. */
export interface EmbeddedPhoto {
  /** Where it is (`【学习掠影】中的照片“结业合影”`), see photoPlaces. */
  place: string;
  bytes: number;
  /** Embedded at full size (the original, as the clerk asked), not resampled for print. */
  full: boolean;
  /** A copy made smaller for its use (not the original as it was, nor a full-size one). */
  resampled: boolean;
}

const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024 / 1024))} MB`;

/**
 * What an export over LARGE_EXPORT_BYTES says: its size and what made it large, e.g.
 * `导出的文件有 23 MB，其中照片 21 MB（【学习掠影】中的照片“…”等 3 张全尺寸照片）`. Null for a smaller file.
 */
export function largeExportNote(totalBytes: number, photos: readonly EmbeddedPhoto[]): string | null {
  if (totalBytes <= LARGE_EXPORT_BYTES) return null;
  const photoBytes = photos.reduce((n, p) => n + p.bytes, 0);
  const full = photos.filter((p) => p.full);
  const largest = [...(full.length ? full : photos)].sort((a, b) => b.bytes - a.bytes);
  const named = largest.length ? `${largest[0]!.place}${largest.length > 1 ? `等 ${largest.length} 张` : ''}` : '';
  const which = full.length ? `${named}全尺寸照片` : `${named}照片`;
  const advice = full.length ? '如要通过邮件发送，可改为按打印尺寸导出照片。' : '如要通过邮件发送，可减少照片或分册导出。';
  if (photoBytes < totalBytes / 2) return `导出的文件有 ${mb(totalBytes)}，其中照片 ${mb(photoBytes)}；文件较大，部分邮箱可能无法发送。`;
  return `导出的文件有 ${mb(totalBytes)}，其中照片 ${mb(photoBytes)}（${which}）。${advice}`;
}
