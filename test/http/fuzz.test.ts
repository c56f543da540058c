import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { startWebServer, type RunningServer } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { seededRandom } from '../helpers/random.ts';

/**
 * Hostile requests against the real browser-mode server, as any web page the clerk visits could
 * send them (an <img> needs no token), and then with the token: each must get a 4xx or 5xx
 * answer, and afterwards the server must still serve the app.
 */
let dir: ReturnType<typeof tempDir>;
let server: RunningServer;
let port: number;
let token: string;
let startupOutput: number;

beforeAll(async () => {
  dir = tempDir();
  server = await startWebServer(dir.path);
  const url = new URL(server.url);
  port = Number(url.port);
  token = url.searchParams.get('token')!;
  startupOutput = server.output().length;
});
afterAll(async () => {
  await server.stop();
  dir.remove();
});

/**
 * Sends raw bytes on a connection of its own and reads the status of the answer (null: the
 * connection closed without one). A body goes in slices and stops once an answer arrives, as a
 * browser's upload does when refused.
 */
function raw(head: string | Buffer, body: Buffer | string = ''): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const status = () => Number(/^HTTP\/1\.[01] ([2-5]\d\d)/m.exec(answer)?.[1] ?? NaN) || null;
    socket.setTimeout(20_000, () => socket.destroy());
    socket.on('data', (d: Buffer) => {
      answer += d.toString('latin1');
      if (status() && answer.includes('\r\n\r\n')) socket.destroy();
    });
    socket.on('close', () => resolve(status()));
    socket.on('error', () => undefined);
    socket.write(head);
    const bytes = Buffer.from(body);
    const SLICE = 64 * 1024;
    const sendFrom = (offset: number): void => {
      while (offset < bytes.length && !answer && !socket.destroyed) {
        const more = socket.write(bytes.subarray(offset, offset + SLICE));
        offset += SLICE;
        if (!more) return void socket.once('drain', () => sendFrom(offset));
      }
    };
    sendFrom(0);
  });
}

const request = (method: string, target: string, headers: Record<string, string> = {}, body: Buffer | string = '') => {
  const all: Record<string, string> = { Host: `127.0.0.1:${port}`, ...headers };
  if (body.length && !headers['Transfer-Encoding'] && !headers['Content-Length']) all['Content-Length'] = String(Buffer.byteLength(body));
  const lines = [`${method} ${target} HTTP/1.1`, ...Object.entries(all).map(([k, v]) => `${k}: ${v}`)];
  return raw(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body);
};

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObject = (depth: number) => '{"id":'.repeat(depth) + '1' + '}'.repeat(depth);

const BAD_TARGETS = [
  '//%5B',
  '//%5B/',
  '/%',
  '/%E0%A4%A',
  '/%C0%AF',
  '/..%2F..%2F..%2Fetc%2Fpasswd',
  '/..%5C..%5Cwindows',
  '/%00',
  '/index.html%00.js',
  '//evil.example/',
  '/assets/%FF%FE',
  '/api/../../secret',
  '/nothing-here.js',
];

/** Percent-escapes and bytes that break decoders, in random order. */
function garbageTarget(next: () => number): string {
  const parts = ['%', '%G1', '%E0%A4', '%C3%A9', '%FF', '..', '/', '%2F', '%00', 'a', '%5B', '%uD800', '//', '%%'];
  let target = '/';
  for (let i = 0, n = 3 + Math.floor(next() * 10); i < n; i++) target += parts[Math.floor(next() * parts.length)];
  return `${target}%Z`; // always one escape no decoder accepts, so no case names a real file
}

function hostileCases(withToken: boolean): (() => Promise<number | null>)[] {
  const t = withToken ? token : '';
  const q = withToken ? `?token=${token}` : '';
  const auth: Record<string, string> = withToken ? { 'X-Jianbao-Token': token } : {};
  const json = { 'Content-Type': 'application/json', ...auth };
  const cases: (() => Promise<number | null>)[] = [];
  for (const target of BAD_TARGETS) for (const method of ['GET', 'HEAD', 'POST', 'DELETE']) cases.push(() => request(method, target + q));
  cases.push(
    () => request('GET', `/?token=${'%C3%A9'.repeat(24)}`),
    () => request('GET', `/?token=${'%C3%A9'.repeat(12)}${'x'.repeat(12)}`),
    () => request('GET', `/?token=${'%F0%9F%98%80'.repeat(24)}`),
    () => request('GET', `/?token=${'%'.repeat(24)}`),
    () => request('GET', '/', { 'X-Jianbao-Token': 'é'.repeat(24) }),
    () => request('GET', '/', { 'X-Jianbao-Token': Buffer.from('令牌'.repeat(8)).toString('latin1') }),
    () => request('GET', '/', { Cookie: `${`jianbao_token_${port}`}=${'é'.repeat(24)}` }),
    () => request('GET', '/', { Cookie: `jianbao_token_${port}=%C3%A9` }),
    () => request('GET', `/${q}`, { Host: 'evil.example' }),
    () => request('GET', `/${q}`, { Origin: 'http://evil.example' }),
    () => raw(`GET /${q} HTTP/1.1\r\n\r\n`),
    () => raw(`GET http://127.0.0.1:${port}/${q} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
    () => raw(`GET * HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
    () => raw('NOT-HTTP\r\n\r\n'),
    () => raw(`GET /${q} HTTP/9.9\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
    () => raw(`GET /\x01${q} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
    () => raw(Buffer.concat([Buffer.from('GET /'), Buffer.from('é'.repeat(24)), Buffer.from(`${q} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)])),
    () => request('POST', '/api/listIssues', { ...json, 'Content-Length': '99999999999999' }, '{}'),
    () => request('POST', '/api/importIssueFile', { ...json, 'Content-Length': String(1024 ** 4) }, '{"text":"'),
    () => request('POST', '/api/saveIssue', { ...json, 'Content-Length': '-1' }, '{}'),
    () => request('POST', '/api/saveIssue', { ...json, 'Content-Length': 'abc' }, '{}'),
    () => request('POST', '/api/saveIssue', { ...json, 'Content-Length': '5', 'Transfer-Encoding': 'chunked' }, '0\r\n\r\n'),
    () => request('POST', '/api/listIssues', { ...json, 'Transfer-Encoding': 'chunked' }, `1000000\r\n${' '.repeat(17 * 1024 * 1024)}`),
    () => request('POST', '/api/getIssue', json, nested(700)),
    () => request('POST', '/api/getIssue', json, nested(100_000)),
    () => request('POST', '/api/getIssue', json, nestedObject(700)),
    () => request('POST', '/api/saveIssue', json, `{"id":"x","baseRevision":0,"content":${nestedObject(5000)}}`),
    () => request('POST', '/api/saveIssue', json, `{"id":"x","baseRevision":0,"content":{"template":"songjiang-training","meta":{},"doc":${'{"type":"doc","content":['.repeat(800)}${']}'.repeat(800)}}}`),
    () => request('POST', '/api/getIssue', json, '{"id":'),
    () => request('POST', '/api/getIssue', json, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
    () => request('POST', '/api/getIssue', json, ''),
    () => request('POST', '/api/getIssue', json, 'null'),
    () => request('POST', '/api/getIssue', json, '{"id":7}'),
    () => request('POST', '/api/getIssue', json, '{"id":"x","extra":1}'),
    () => request('POST', '/api/noSuchCall', json, '{}'),
    () => request('POST', '/api/__proto__', json, '{}'),
    () => request('POST', '/api/constructor', json, '{}'),
    () => request('POST', '/api/%E0%A4%A', json, '{}'),
    () => request('POST', '/api/listIssues', { 'Content-Type': 'text/plain', ...auth }, '{}'),
    () => request('GET', '/api/listIssues', auth),
    () => request('PUT', '/api/listIssues', json, '{}'),
    () => request('POST', '/api/putPhoto', json, JSON.stringify({ data: '!!!' })),
    () => request('POST', '/api/importSubmission', json, JSON.stringify({ fileName: '', data: '' })),
    () => request('POST', '/api/importSubmission', { ...json, 'Content-Length': String(50 * 1024 * 1024) }, '{'),
  );
  const next = seededRandom(withToken ? 7 : 3);
  for (let i = 0; i < 60; i++) {
    const target = garbageTarget(next);
    cases.push(() => request(['GET', 'HEAD', 'POST'][i % 3]!, `${target}${q}`, auth));
    cases.push(() => request('GET', `/?token=${target.slice(1)}${t ? '' : '%C3%A9'}`));
  }
  return cases;
}

describe('browser mode under hostile requests', () => {
  const answers: { case: string; status: number | null; withToken: boolean }[] = [];

  it('answers 200+ malformed requests without the token with 4xx, and stays up', async () => {
    const cases = hostileCases(false);
    for (const [i, send] of cases.entries()) answers.push({ case: `${i}: ${String(send).slice(6, 140)}`, status: await send(), withToken: false });
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(answers.filter((a) => a.status === null || a.status < 400 || a.status >= 500)).toEqual([]);
  });

  it('answers them again with the token, with 4xx or 5xx', async () => {
    const cases = hostileCases(true);
    const start = answers.length;
    for (const [i, send] of cases.entries()) answers.push({ case: `${i}: ${String(send).slice(6, 140)}`, status: await send(), withToken: true });
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(answers.slice(start).filter((a) => a.status === null || a.status < 400)).toEqual([]);
  });

  it('still serves the app and its API afterwards, and never logged the token', async () => {
    expect(server.process.exitCode).toBeNull();
    const page = await fetch(`http://127.0.0.1:${port}/?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('简报工坊');
    const issues = await fetch(`http://127.0.0.1:${port}/api/listIssues`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Jianbao-Token': token },
      body: '{}',
    });
    expect((await issues.json()) as unknown).toMatchObject({ ok: true });
    expect(server.output().slice(startupOutput)).not.toContain(token);
  });
});
