import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { BAD_ISSUES } from '../helpers/bad-issues.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import type { IssueFile } from '../../core/model/issue-file.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const jianbao = (...args: string[]) => runJianbao(dir.path, args);

interface Metafile {
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }>;
}

/** Every source file a command's module loads before it runs: its chunk and the chunks it imports statically. */
function loadedBy(command: string): string[] {
  const { outputs } = JSON.parse(readFileSync(join(REPO, 'dist/cli/metafile.json'), 'utf8')) as Metafile;
  const start = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === `electron/node/cli/commands/${command}.ts`)!;
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const out = queue.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of outputs[out]!.imports) if (i.kind === 'import-statement' && !i.external) queue.push(i.path);
  }
  return [...seen].flatMap((o) => Object.keys(outputs[o]!.inputs));
}

describe('the jianbao command line', () => {
  it('loads for each command only what it needs: export never loads the cleanup, the proofreader or the editor, nor juice until a post is asked for', () => {
    const heavy = /node_modules\/(opencc-js|mammoth|linkedom|juice|cheerio)\/|core\/proofread\//u;
    expect(loadedBy('export').filter((f) => heavy.test(f))).toEqual([]);
    expect(loadedBy('export').some((f) => f.includes('node_modules/docx/'))).toBe(true);
    // The document model on the export path is plain ProseMirror (core/schema): the editor's Tiptap and view are never loaded.
    expect(loadedBy('export').filter((f) => /node_modules\/(@tiptap\/|prosemirror-view\/)/u.test(f))).toEqual([]);
    expect(loadedBy('export')).toContain('core/schema/issue-schema.ts');
    // clean reads the file in a worker (dist/workers/manuscript.mjs): its own chunk holds none of the readers.
    expect(loadedBy('clean').filter((f) => heavy.test(f))).toEqual([]);
    expect(loadedBy('clean')).toContain('electron/node/service/manuscript.ts');
    expect(loadedBy('issues').some((f) => f.includes('node_modules/docx/'))).toBe(false);
  });

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
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    const complete = jianbao('export', join(REPO, 'seeds/demo-issue.json'), '-o', 'demo.docx');
    expect(complete).toMatchObject({ code: 0, err: '' });
    // A clerk's issue with a photo slot still empty: it exports, and says so.
    demo.doc.content!.at(-1)!.content![0]!.attrs!.photo = null;
    writeFileSync(join(dir.path, 'gap.json'), JSON.stringify(demo));
    const r = jianbao('export', 'gap.json', '-o', 'demo.docx');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^已导出 \d+ 页到 .*demo\.docx$/m);
    expect(r.err).toContain('注意：【学习掠影】的照片“开班式现场”还没有插入图片，未印出。');
    expect(readFileSync(join(dir.path, 'demo.docx')).subarray(0, 2).toString()).toBe('PK');
    const bad = jianbao('export', 'nothing.json', '-o', 'x.docx');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('无法读取文件');
  });

  it('cleans a text file into plain lines, or JSON, with what it changed on stderr', () => {
    writeFileSync(join(dir.path, 'paste.txt'), '網(wǎng)易新聞\n\n區委黨校常務副校\n長在會上說,要堅持"人民城市"理念。\n阅读 1234 点赞 56\n');
    const plain = jianbao('clean', 'paste.txt');
    expect(plain.code).toBe(0);
    expect(plain.out).toBe('网易新闻\n区委党校常务副校长在会上说，要坚持“人民城市”理念。\n');
    expect(plain.err).toContain('已清理：合并断行 1 处');
    const json = JSON.parse(jianbao('clean', 'paste.txt', '--json').out);
    expect(json).toMatchObject({ title: '网易新闻', paragraphs: [{ kind: 'paragraph', text: '区委党校常务副校长在会上说，要坚持“人民城市”理念。' }], changes: { boilerplate: 1, pinyin: 1 } });
    writeFileSync(join(dir.path, 'renamed.docx'), 'not a zip');
    expect(jianbao('clean', 'renamed.docx')).toMatchObject({ code: 1, err: expect.stringContaining('“renamed.docx”不是有效的 .docx 文件') });
  });

  it('checks a text file and an issue file, as lines or JSON', () => {
    writeFileSync(join(dir.path, 'draft.txt'), '第一行没有问题。\n要以近平新时代中国特色社会主义思想为指导,坚定"四个信"。\n');
    const text = JSON.parse(jianbao('check', 'draft.txt', '--json').out);
    expect(text).toEqual(
      expect.arrayContaining([
        { line: 2, column: 3, found: '近平新时代中国特色社会主义思想', suggestion: '习近平新时代中国特色社会主义思想', category: 'formulation', message: expect.any(String) },
        expect.objectContaining({ line: 2, found: ',', suggestion: '，', category: 'punctuation' }),
        expect.objectContaining({ line: 2, found: '四个信', suggestion: '四个自信' }),
      ]),
    );
    const issue = jianbao('check', join(REPO, 'seeds/demo-issue.json'));
    expect(issue.code).toBe(0);
    expect(issue.out).toMatch(/^《凝心铸魂强担当 创新实践促发展》 \d+:\d+\t\[规范表述\] .*“近平新时代中国特色社会主义思想” → “习近平新时代中国特色社会主义思想”$/m);
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
    // Writing a DOCX under another name made a file nothing opens.
    for (const name of ['issue.doc', 'issue.txt']) {
      const r = jianbao('export', join(REPO, 'seeds/demo-issue.json'), '-o', name);
      expect(r).toMatchObject({ code: 1, err: expect.stringContaining(`“${name}”：只能导出 .docx（打印用）、.pdf（分发用）或 .html（公众号格式）文件`) });
      expect(existsSync(join(dir.path, name))).toBe(false);
    }
  });

  it('refuses an issue file the editor could not hold, naming the item, and stores nothing', () => {
    for (const bad of Object.values(BAD_ISSUES)) {
      writeFileSync(join(dir.path, 'bad.json'), bad.text());
      const r = jianbao('load', 'bad.json');
      expect(r.code).toBe(1);
      expect(r.err).toContain(`无法打开：${bad.message}`);
      expect(jianbao('export', 'bad.json', '-o', 'bad.docx').err).toContain(bad.message);
    }
    expect(jianbao('issues').out).toContain('数据库中还没有简报');
  });
});
