import type { Duplex } from 'node:stream';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { Handlers } from '../../../core/api/contract.ts';
import { checkCall, runCall } from '../api/dispatch.ts';
import { SECURITY_HEADERS } from './security.ts';
import { contentType, uiFile } from './static-files.ts';
import { cookie, sameToken, tokenCookieName, withoutToken } from './token.ts';
import { bodyLimit, BodyTooLarge, readBody } from './request-body.ts';

export interface BridgeOptions {
  handlers: Handlers;
  staticDir: string;
  token: string;
}

const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const refusal = (error: string) => JSON.stringify({ ok: false, error });
/** How long a connection refused by the parser stays open, for its answer to be read, before it is closed. */
const LINGER_MS = 5_000;

/** A request target split without `new URL()`, which reads `//host…` as another host and throws on some. */
function splitTarget(target: string): { path: string; query: URLSearchParams } | null {
  if (!target.startsWith('/')) return null;
  const q = target.indexOf('?');
  return q < 0 ? { path: target, query: new URLSearchParams() } : { path: target.slice(0, q), query: new URLSearchParams(target.slice(q + 1)) };
}

/**
 * Browser mode: the contract over HTTP on loopback. Every request must come to our own host
 * name (no DNS rebinding), from our own origin, and carry the per-run token (in the URL, a
 * header, or the cookie the first page load sets). No request can stop the server: whatever one
 * does is answered with 4xx or 500, and the log never holds the token.
 */
export function createBridge({ handlers, staticDir, token }: BridgeOptions): Server {
  const answer = async (req: IncomingMessage, res: ServerResponse, port: number) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'forbidden host', TEXT);
    const origin = req.headers.origin;
    if (origin && origin !== `http://${host}`) return send(res, 403, 'forbidden origin', TEXT);
    const target = splitTarget(req.url ?? '');
    if (!target) return send(res, 400, 'bad request', TEXT);

    const cookieName = tokenCookieName(port);
    const queryToken = target.query.get('token');
    const header = req.headers['x-jianbao-token'];
    const given = queryToken ?? (typeof header === 'string' ? header : null) ?? cookie(req.headers.cookie, cookieName);
    if (!sameToken(given, token)) return send(res, 403, '缺少或错误的访问令牌。请使用启动时打印的网址打开。', TEXT);

    if (target.path.startsWith('/api/')) {
      const method = target.path.slice('/api/'.length);
      if (req.method !== 'POST') return send(res, 405, 'method not allowed', TEXT);
      if (!String(req.headers['content-type']).startsWith('application/json')) return send(res, 415, 'json only', TEXT);
      let payload: unknown;
      try {
        payload = JSON.parse((await readBody(req, bodyLimit(method))).toString('utf8'));
      } catch (error) {
        // A body the parser refused has been answered by the clientError handler; its socket is ending.
        if (req.socket.writableEnded || req.socket.destroyed) return;
        if (error instanceof BodyTooLarge)
          return send(res, 413, refusal(`发送的数据超过 ${Math.floor(error.limit / 1024 / 1024)} MB，操作未执行。`), JSON_TYPE);
        return send(res, 400, refusal('请求的数据格式不正确，操作未执行。'), JSON_TYPE);
      }
      const call = checkCall(method, payload);
      if ('error' in call) return send(res, 400, refusal(call.error), JSON_TYPE);
      return send(res, 200, JSON.stringify(await runCall(handlers, call)), JSON_TYPE);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', TEXT);
    const file = uiFile(staticDir, target.path);
    if (!file) return send(res, 404, 'not found', TEXT);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'not found', TEXT);
    }
    const extra: Record<string, string> = queryToken ? { 'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {};
    return send(res, 200, body, contentType(file), extra);
  };

  const server = createServer((req, res) => {
    const port = (server.address() as { port: number }).port;
    answer(req, res, port).catch((error: unknown) => {
      console.error(`浏览器模式处理请求时出错：${withoutToken(error, token)}`);
      if (res.headersSent) res.destroy();
      else send(res, 500, '服务内部出错，请重试。', TEXT);
    });
  });
  // A request the parser refuses (a broken chunk, bad headers) is answered 400 and closed after a
  // moment: Node's own handling closes at once on unread bytes, which resets the connection, and
  // the sender can lose the answer.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Bytes still arriving after the answer fail to parse again: they are left to the linger.
    if (socket.writableEnded) return;
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
  return server;
}
