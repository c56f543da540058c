import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createBridge } from '../../electron/node/http/http-api.ts';
import { withoutToken } from '../../electron/node/http/token.ts';
import { openService, type Service } from '../../electron/node/service/open-service.ts';
import { tempDir } from '../helpers/tmp.ts';
import { REPO } from '../helpers/web-server.ts';

const TOKEN = 'test-token-1234567890';
let dir: ReturnType<typeof tempDir>;
let service: Service;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = tempDir();
  const web = join(dir.path, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>简报工坊</title>');
  writeFileSync(join(dir.path, 'secret.txt'), 'do not serve');
  service = openService(join(dir.path, 'data'));
  server = createBridge({ handlers: service.handlers, staticDir: web, token: TOKEN });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  service.store.close();
  dir.remove();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, payload: unknown, headers: Record<string, string> = { 'X-Jianbao-Token': TOKEN }) =>
  send(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(payload) });

describe('the browser-mode bridge', () => {
  it('serves the page with the token, sets the cookie and a strict CSP', async () => {
    const page = await send(`/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('简报工坊');
    // Named for the port: the browser sends it to every port of 127.0.0.1, where another instance may run.
    expect(String(page.headers['set-cookie'])).toMatch(new RegExp(`^jianbao_token_${port}=${TOKEN}; HttpOnly; SameSite=Strict`));
    // The same policy as the page's own meta tag, which is what Electron enforces.
    const meta = /Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(REPO, 'renderer/index.html'), 'utf8'))![1]!;
    expect(page.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    expect((await send('/')).status).toBe(403);
    expect((await send('/?token=wrong')).status).toBe(403);
    expect((await api('listIssues', {}, {})).status).toBe(403);
    expect((await api('listIssues', {}, { 'X-Jianbao-Token': 'x'.repeat(TOKEN.length) })).status).toBe(403);
  });

  it('refuses other origins and other host names', async () => {
    expect((await api('listIssues', {}, { 'X-Jianbao-Token': TOKEN, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await send(`/?token=${TOKEN}`, { headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('carries the contract with the token in a header or the cookie', async () => {
    const byHeader = await api('listIssues', {});
    expect(JSON.parse(byHeader.body)).toMatchObject({ ok: true, value: [{ issueNumber: 1 }] });
    const byCookie = await api('listIssues', {}, { Cookie: `jianbao_token_${port}=${TOKEN}`, Origin: `http://127.0.0.1:${port}` });
    expect(JSON.parse(byCookie.body).ok).toBe(true);
    expect((await api('listIssues', {}, { Cookie: `jianbao_token=${TOKEN}` })).status).toBe(403);
    const bad = await api('getIssue', { id: 7 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: '请求的数据格式不正确，操作未执行。' });
  });

  it('compares tokens as bytes: the same number of characters in more bytes is simply another token', async () => {
    expect((await send(`/?token=${'%C3%A9'.repeat(TOKEN.length)}`)).status).toBe(403);
    expect((await api('listIssues', {}, { 'X-Jianbao-Token': Buffer.from('é'.repeat(TOKEN.length)).toString('latin1') })).status).toBe(403);
  });

  it('refuses a payload nested deeper than any call needs before the schemas recurse into it', async () => {
    const deep = await api('saveIssue', { id: 'x', baseRevision: 0, content: JSON.parse('{"a":'.repeat(700) + '1' + '}'.repeat(700)) });
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body)).toEqual({ ok: false, error: '请求的数据格式不正确，操作未执行。' });
  });

  it('refuses a body over the limit by its declared length, before reading it, with a Chinese message', async () => {
    const big = await send('/api/listIssues', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Jianbao-Token': TOKEN, 'Content-Length': String(17 * 1024 * 1024), Connection: 'close' },
      body: '{}',
    });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toEqual({ ok: false, error: '发送的数据超过 16 MB，操作未执行。' });
  });

  it('serves nothing outside the UI folder', async () => {
    const escaped = await send(`/..%2Fsecret.txt?token=${TOKEN}`);
    expect(escaped.status).toBe(404);
    expect(escaped.body).not.toContain('do not serve');
  });

  it('logs an unexpected error without the token, wherever it was', () => {
    const error = Object.assign(new TypeError(`Invalid URL: //%5B?token=${TOKEN}`), { input: `//%5B?token=${TOKEN}` });
    expect(withoutToken(error, TOKEN)).toBe('TypeError: Invalid URL: //%5B?token=…');
  });
});
