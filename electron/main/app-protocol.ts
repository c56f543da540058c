import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { SECURITY_HEADERS } from '../node/http/security.ts';
import { contentType, uiFile } from '../node/http/static-files.ts';

/**
 * The UI is loaded from `jianbao://app/`, a scheme of the app's own, not from `file://`: there
 * `'self'` in the CSP would match every file on the disk, and any file could be the page.
 */
export const APP_SCHEME = 'jianbao';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard and secure, so the page has an origin of its own that CSP `'self'`, fetch and storage
 * work with; CORS-enabled because the page's module scripts are fetched in CORS mode (answers carry
 * no Access-Control header, so no other origin can read them).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

/** The file of the built UI a `jianbao://app/…` URL names; null for another host, a bad escape or a path leaving the folder. */
export function appFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return uiFile(root, parsed.pathname);
}

/** What the scheme answers: the file with the same CSP and headers as browser mode, or 404. */
export async function appResponse(url: string, root: string): Promise<Response> {
  const file = appFile(url, root);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
  return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) } });
}
