import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Handlers } from '../service/service.ts';
import { dispatch } from '../api/dispatch.ts';
import { SECURITY_HEADERS } from './security.ts';

const MAX_BODY = 250 * 1024 * 1024;
const TOKEN_COOKIE = 'jianbao_token';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BridgeOptions {
  handlers: Handlers;
  staticDir: string;
  token: string;
}

function sameSecret(a: string | undefined | null, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the contract over HTTP on loopback. Every request must come to our own host
 * name (no DNS rebinding), from our own origin, and carry the per-run token (in the URL, a
 * header, or the cookie the first page load sets).
 */
export function createBridge({ handlers, staticDir, token }: BridgeOptions): Server {
  const root = normalize(staticDir + sep);
  const server = createServer(async (req, res) => {
    const port = (server.address() as { port: number }).port;
    const host = req.headers.host ?? '';
    const own = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!own.includes(host)) return send(res, 403, 'forbidden host', 'text/plain');
    const origin = req.headers.origin;
    if (origin && origin !== `http://${host}`) return send(res, 403, 'forbidden origin', 'text/plain');

    const url = new URL(req.url ?? '/', `http://${host}`);
    const queryToken = url.searchParams.get('token');
    const given = queryToken ?? (req.headers['x-jianbao-token'] as string | undefined) ?? cookie(req, TOKEN_COOKIE);
    if (!sameSecret(given, token)) return send(res, 403, '缺少或错误的访问令牌。请使用启动时打印的网址打开。', 'text/plain; charset=utf-8');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'method not allowed', 'text/plain');
      if (!String(req.headers['content-type']).startsWith('application/json')) return send(res, 415, 'json only', 'text/plain');
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: '请求的数据格式不正确，操作未执行。' }), 'application/json');
      }
      const reply = await dispatch(handlers, url.pathname.slice('/api/'.length), payload);
      return send(res, 200, JSON.stringify(reply), 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
    const path = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return send(res, 404, 'not found', 'text/plain');
    try {
      const body = await readFile(file);
      const extra: Record<string, string> = queryToken
        ? { 'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` }
        : {};
      return send(res, 200, body, TYPES[extname(file)] ?? 'application/octet-stream', extra);
    } catch {
      return send(res, 404, 'not found', 'text/plain');
    }
  });
  return server;
}
