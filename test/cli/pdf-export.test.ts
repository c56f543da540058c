import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { REPO } from '../helpers/web-server.ts';

/** `jianbao export ISSUE -o FILE.pdf`: the format follows the name; without a browser to print with, a clear message. */
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

describe('jianbao export -o FILE.pdf', () => {
  it('writes the demo as an A4 PDF of as many pages as the DOCX', () => {
    const pdf = runJianbao(dir.path, ['export', join(REPO, 'seeds/demo-issue.json'), '-o', '简报.pdf']);
    expect(pdf.code, pdf.err).toBe(0);
    const docx = runJianbao(dir.path, ['export', join(REPO, 'seeds/demo-issue.json'), '-o', '简报.docx']);
    const pages = Number(/已导出 (\d+) 页/u.exec(docx.out)![1]);
    expect(pdf.out).toContain(`已导出 PDF ${pages} 页`);
    const file = join(dir.path, '简报.pdf');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${pages}\\n[\\s\\S]*\\(A4\\)`, 'u'));
  });

  it('says what is missing when no browser can print it, and writes nothing', () => {
    const r = runJianbao(dir.path, ['export', join(REPO, 'seeds/demo-issue.json'), '-o', 'x.pdf'], { ...process.env, JIANBAO_DATA_DIR: join(dir.path, 'data'), JIANBAO_CHROMIUM: join(dir.path, 'no-such-browser') });
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining('未找到 Chromium、Chrome 或 Edge 浏览器，无法生成 PDF') });
    expect(() => readFileSync(join(dir.path, 'x.pdf'))).toThrow();
  });
});
