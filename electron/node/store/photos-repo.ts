import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { sniffImageMime, MAX_PHOTO_BYTES } from '../../../core/model/photo.ts';
import { UserError } from '../../../core/api/user-error.ts';

export function photoHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Checks that bytes are an image we can print; the message names what is wrong. */
export function checkedImage(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UserError('图片文件是空的。');
  if (bytes.length > MAX_PHOTO_BYTES) throw new UserError('图片超过 30 MB，请先压缩后再插入。');
  const mime = sniffImageMime(bytes);
  if (!mime) throw new UserError('这不是支持的图片格式，请使用 JPG、PNG、GIF 或 WebP 图片。');
  return mime;
}

/** Photos stored once each, by the SHA-256 of their bytes. */
export class PhotosRepo {
  private readonly q;

  constructor(db: Database.Database) {
    this.q = {
      put: db.prepare('INSERT OR IGNORE INTO photos (hash, mime, data, created_at) VALUES (?, ?, ?, ?)'),
      get: db.prepare<[string], { mime: string; data: Buffer }>('SELECT mime, data FROM photos WHERE hash = ?'),
      hashes: db.prepare<[string], { hash: string }>('SELECT hash FROM photos WHERE created_at < ?'),
      remove: db.prepare('DELETE FROM photos WHERE hash = ?'),
    };
  }

  put(bytes: Uint8Array): { hash: string; mime: string } {
    const mime = checkedImage(bytes);
    const hash = photoHash(bytes);
    this.q.put.run(hash, mime, Buffer.from(bytes), new Date().toISOString());
    return { hash, mime };
  }

  get(hash: string): { mime: string; data: Buffer } | null {
    return this.q.get.get(hash) ?? null;
  }

  /** Removes photos older than `before` that no stored document shows any more. */
  collect(inUse: Set<string>, before: Date): number {
    let removed = 0;
    for (const { hash } of this.q.hashes.all(before.toISOString())) {
      if (!inUse.has(hash)) removed += this.q.remove.run(hash).changes;
    }
    return removed;
  }
}
