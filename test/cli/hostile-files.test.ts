import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { hostileFiles, type HostileFile } from '../helpers/hostile-files.ts';
import { contributorDocx } from '../helpers/make-docx.ts';

/**
 * The memory limit issue 10 sets for any one file. Its 30 s are the import's own limit (it stops a
 * file that takes longer and says so); how long each file takes is a figure of `npm run bench`,
 * not asserted here, where it would depend on the machine's load.
 */
const PEAK_MB = 700;

let dir: ReturnType<typeof tempDir>;
let files: HostileFile[];
beforeAll(async () => {
  dir = tempDir();
  files = await hostileFiles();
  for (const f of files) writeFileSync(join(dir.path, f.name), f.bytes);
});
afterAll(() => dir.remove());

/** `jianbao clean FILE` as its own process, with its peak memory (see helpers/peak-memory.cjs). */
function clean(file: string): Promise<{ code: number | null; out: string; err: string; peakMb: number }> {
  const child = spawn(process.execPath, ['--require', join(REPO, 'test/helpers/peak-memory.cjs'), join(REPO, 'dist/cli/jianbao.mjs'), 'clean', file], {
    cwd: dir.path,
    env: { ...process.env, JIANBAO_DATA_DIR: join(dir.path, 'data') },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) =>
    child.once('close', (code) => {
      const peakKb = Number(/peak-rss-kb=(\d+)/.exec(err)?.[1] ?? NaN);
      resolve({ code, out, err, peakMb: peakKb / 1024 });
    }),
  );
}

describe('jianbao clean on hostile and broken files', () => {
  it('answers each with a Chinese message naming it, within 700 MB', async () => {
    for (const f of files) {
      const r = await clean(f.name);
      expect(r.err, f.name).toMatch(new RegExp(`错误：${f.message.source}`));
      expect(r.code, f.name).toBe(1);
      expect(r.out, f.name).toBe('');
      expect(r.peakMb, f.name).toBeLessThan(PEAK_MB);
    }
  });

  it('still cleans a good file', async () => {
    writeFileSync(join(dir.path, '陆有峰.docx'), await contributorDocx('学思践悟新思想 知行合一担使命', ['通过学习,我深刻认识到"两个确立"的决定性意义。'], '陆有峰'));
    const r = await clean('陆有峰.docx');
    expect(r.code).toBe(0);
    expect(r.out).toContain('通过学习，我深刻认识到“两个确立”的决定性意义。');
  });
});
