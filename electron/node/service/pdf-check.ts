import { inflateSync } from 'node:zlib';
import { UserError } from '../../../core/api/user-error.ts';

/** What one compressed stream of a contributor's PDF may unpack to, and by what ratio (a page's text packs about 5 to 1; a bomb, a thousand to 1). */
export const PDF_LIMITS = { streamBytes: 64 * 1024 * 1024, ratio: 200, ratioFloorBytes: 4 * 1024 * 1024 };

const MB = 1024 * 1024;
const STREAM = /<<((?:(?!<<|stream).){0,2000}?)>>\s*stream\r?\n/gsu;

/**
 * A PDF checked before pdf.js reads it: pdf.js holds a stream it unpacks in memory the worker's
 * heap limit does not count, so each Flate stream is unpacked here first, up to a limit, and a
 * file whose stream would exceed it, or unpacks at a bomb's ratio, is refused with a message.
 */
export function checkPdf(name: string, bytes: Uint8Array): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const m of text.matchAll(STREAM)) {
    if (!/\/FlateDecode/u.test(m[1]!)) continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let size: number;
    try {
      size = inflateSync(bytes.subarray(start, end), { maxOutputLength: PDF_LIMITS.streamBytes, finishFlush: 2 /* Z_SYNC_FLUSH: a stream cut short is pdf.js's to judge */ }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new UserError(`“${name}”中有一段数据解压后超过 ${PDF_LIMITS.streamBytes / MB} MB，可能是恶意构造的“压缩炸弹”，未导入。`);
      continue;
    }
    if (size > PDF_LIMITS.ratioFloorBytes && size / Math.max(1, end - start) > PDF_LIMITS.ratio)
      throw new UserError(`“${name}”中有一段数据压缩比异常（${Math.round(size / (end - start))} 倍），可能是“压缩炸弹”，未导入。`);
  }
}
