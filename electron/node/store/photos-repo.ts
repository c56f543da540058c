import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { sniffImageMime, MAX_PHOTO_BYTES } from '../../../core/model/photo.ts';
import { UserError } from '../../../core/api/user-error.ts';

export function photoHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** HEIC/HEIF (an ISO media file whose brand names a still image): phones write it, no DOCX reader shows it. */
function isHeif(bytes: Uint8Array): boolean {
  const box = String.fromCharCode(...bytes.subarray(4, 12));
  return /^ftyp(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/u.test(box);
}

/** Checks that bytes are an image we can print; the message names what is wrong. */
export function checkedImage(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UserError('图片文件是空的。');
  if (bytes.length > MAX_PHOTO_BYTES) throw new UserError('图片超过 30 MB，请先压缩后再插入。');
  const mime = sniffImageMime(bytes);
  if (!mime && isHeif(bytes))
    throw new UserError('这是 HEIC 格式的照片（苹果手机的默认格式），无法放入简报：请在手机的“设置—相机—格式”中选“兼容性最佳”，或先转为 JPG 再插入。');
  if (!mime) throw new UserError('这不是图片，或不是支持的图片格式：请使用 JPG、PNG、GIF 或 WebP 图片。');
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
      removeCopies: db.prepare('DELETE FROM photo_copies WHERE hash = ?'),
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

  /** Removes photos older than `before` that no stored document shows any more, with the copies made of them. */
  collect(inUse: Set<string>, before: Date): number {
    let removed = 0;
    for (const { hash } of this.q.hashes.all(before.toISOString())) {
      if (inUse.has(hash)) continue;
      removed += this.q.remove.run(hash).changes;
      this.q.removeCopies.run(hash);
    }
    return removed;
  }
}
