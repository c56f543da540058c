import type Database from 'better-sqlite3';
import type { PhotoPurpose } from '../../../core/layout/photo-sizes.ts';
import type { Photo } from '../../../core/layout/printable-issue.ts';

/**
 * Photos resampled for print and the screen, one per original and purpose, kept so that a
 * second export is fast. They go with their original (PhotosRepo.collect).
 */
export class PhotoCopiesRepo {
  private readonly q;

  constructor(
    db: Database.Database,
    /** A store opened read-only makes copies for the moment and keeps none. */
    private readonly readonly: boolean,
  ) {
    this.q = {
      get: db.prepare<[string, string], { mime: string; data: Buffer }>('SELECT mime, data FROM photo_copies WHERE hash = ? AND purpose = ?'),
      put: db.prepare('INSERT OR REPLACE INTO photo_copies (hash, purpose, mime, data, created_at) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  get(hash: string, purpose: PhotoPurpose): Photo | null {
    const row = this.q.get.get(hash, purpose);
    return row ? { bytes: row.data, mime: row.mime } : null;
  }

  put(hash: string, purpose: PhotoPurpose, copy: Photo): void {
    if (this.readonly) return;
    try {
      this.q.put.run(hash, purpose, copy.mime, Buffer.from(copy.bytes), new Date().toISOString());
    } catch (e) {
      // A copy not kept (a full disk) is made again next time; the export goes on.
      console.error('照片副本未能保存：', (e as Error).message);
    }
  }
}
