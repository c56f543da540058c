import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

function jianbao(...args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO, 'dist/cli/jianbao.mjs'), ...args], {
    cwd: dir.path,
    env: { ...process.env, JIANBAO_DATA_DIR: join(dir.path, 'data') },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the jianbao command line', () => {
  it('explains itself in Chinese', () => {
    const r = jianbao('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('jianbao dump <编号> -o <文件>');
  });

  it('loads an issue file, lists it and dumps it back unchanged', () => {
    expect(jianbao('issues').out).toContain('数据库中还没有简报');
    const load = jianbao('load', join(REPO, 'seeds/demo-issue.json'));
    expect(load.code).toBe(0);
    const id = /编号 (\S+)/.exec(load.out)![1]!;
    const list = jianbao('issues');
    expect(list.out).toContain(`${id}\t第1期\t2025年5月21日\t2023-2027松江区第九期处级干部轮训班简报`);
    expect(jianbao('dump', id, '-o', 'out.json').code).toBe(0);
    const dumped = JSON.parse(readFileSync(join(dir.path, 'out.json'), 'utf8'));
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8'));
    expect(dumped).toEqual(demo);
  });

  it('exports an issue file to a paginated DOCX, listing what it could not print', () => {
    const r = jianbao('export', join(REPO, 'seeds/demo-issue.json'), '-o', 'demo.docx');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^已导出 \d+ 页到 .*demo\.docx$/m);
    expect(r.err).toContain('注意：【学习掠影】的照片');
    expect(readFileSync(join(dir.path, 'demo.docx')).subarray(0, 2).toString()).toBe('PK');
    const bad = jianbao('export', 'nothing.json', '-o', 'x.docx');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('无法读取文件');
  });

  it('fails with a Chinese message and a non-zero code on bad input', () => {
    writeFileSync(join(dir.path, 'bad.json'), '{"format":"jianbao-issue","version":9}');
    const bad = jianbao('load', 'bad.json');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('较新版本');
    expect(jianbao('load', 'missing.json').err).toContain('无法读取文件');
    expect(jianbao('dump', 'no-such-id', '-o', 'x.json').err).toContain('找不到这期简报');
    expect(jianbao('frobnicate').code).toBe(1);
    expect(jianbao('issues').out).toContain('数据库中还没有简报');
  });
});
