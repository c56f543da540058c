import { timingSafeEqual } from 'node:crypto';

/** Whether a token sent with a request is the server's: bytes compared in constant time; another length is simply another token. */
export function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The cookie that carries the token, named for the port: a browser sends cookies to every port of 127.0.0.1, and two servers must not share or overwrite one. */
export function tokenCookieName(port: number): string {
  return `jianbao_token_${port}`;
}

export function cookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/** An error's text for the log, with the token taken out wherever it appears (a URL, a header). */
export function withoutToken(error: unknown, token: string): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replaceAll(token, '…');
}
