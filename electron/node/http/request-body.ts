import type { IncomingMessage } from 'node:http';

const MiB = 1024 * 1024;

/**
 * The largest body each call may send. An issue file carries the issue with its photos (the
 * contract takes 200 MiB of text); a photo, a contributor's file or a past briefing is at most 40 MB as base64;
 * every other call carries at most one issue's text, well under 16 MiB.
 */
export function bodyLimit(method: string): number {
  if (method === 'importIssueFile') return 201 * MiB;
  if (method === 'putPhoto' || method === 'importSubmission' || method === 'previewPastIssue' || method === 'importPastIssue') return 41 * MiB;
  return 16 * MiB;
}

export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
  constructor(readonly limit: number) {
    super(`body over ${limit} bytes`);
  }
}

/**
 * A request's body, refused as soon as it is known to be too large: by its declared length before
 * a byte is read, else by counting bytes as they arrive (a chunked body declares none).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!(declared <= limit)) return Promise.reject(new BodyTooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        reject(new BodyTooLarge(limit));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
