import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentType(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The file of the built UI that a URL path names, for browser mode and for the desktop app's own
 * scheme alike; null for a path that is not a proper escape or that leads out of the UI folder.
 */
export function uiFile(root: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const folder = normalize(root + sep);
  const file = normalize(join(folder, path === '/' ? 'index.html' : path));
  return file.startsWith(folder) && file !== folder ? file : null;
}
