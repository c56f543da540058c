import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tmp.ts';
import { runJianbao } from '../helpers/jianbao.ts';

/**
 * Contributions as they really arrive (test/fixtures/contributions/README.md), one document per
 * kind of damage, cleaned by `jianbao clean --json`. Each has its expected result beside it,
 * read and checked by hand; the tests below also spell out what each document is there to prove.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/contributions/', import.meta.url));

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

interface Cleaned {
  title: string;
  subtitle: string;
  byline: string;
  paragraphs: { kind: string; text: string }[];
  captions: string[];
  warnings: { text: string; message: string }[];
  changes: Record<string, number>;
}

function clean(file: string): Cleaned {
  const r = runJianbao(dir.path, ['clean', file, '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Cleaned;
}
const expected = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Omit<Cleaned, 'changes'>;

/** Cleans `file` and checks all but the change counts against the expected result of `name`; returns the whole. */
function cleanAsExpected(file: string, name: string): Cleaned {
  const a = clean(file);
  expect({ ...a, changes: undefined, removed: undefined }).toEqual(expected(name));
  return a;
}
/** Everything the cleanup kept, as one string, to look for what must be gone. */
const kept = (a: Cleaned) => JSON.stringify({ ...a, changes: null, removed: null });
const texts = (a: Cleaned, kind = 'paragraph') => a.paragraphs.filter((p) => p.kind === kind).map((p) => p.text);

describe('contributions as they really arrive', () => {
  it('a portal page: the frame goes, the title stands alone, a paragraph without its full stop is not joined to the next', () => {
    const a = cleanAsExpected(join(FIXTURES, 'portal-news.txt'), 'portal-news');
    const { changes } = a;
    expect(a.title).toBe('区委党校举办第九期处级干部轮训班第二单元专题报告会');
    expect(texts(a)).toHaveLength(5);
    expect(texts(a)[3]).toMatch(/贡献力量$/u);
    expect(texts(a)[4]).toMatch(/^据悉，/u);
    expect(texts(a, 'source')).toEqual(['（来源：松江区委党校）']);
    const all = kept(a);
    for (const frame of ['|', '首页', '发布时间', '分享', 'Disclaimer', '上海松江发布', '关注者', '往期', '泗泾镇', '无障碍']) expect(all).not.toContain(frame);
    expect(changes.joinedLines).toBe(0);
  });

  it('a WeChat article: the signature before the source is the byline, and the account card after them goes', () => {
    const a = cleanAsExpected(join(FIXTURES, 'wechat-essay.txt'), 'wechat-essay');
    const { changes } = a;
    expect(a.byline).toBe('第二党小组 王芳');
    expect(texts(a, 'heading1')).toEqual(['一、在理论学习中筑牢信仰之基', '二、在调查研究中练就过硬本领', '三、在担当作为中践行初心使命']);
    expect(a.paragraphs.at(-1)).toEqual({ kind: 'source', text: '（来源：松江党校）' });
    const all = kept(a);
    for (const frame of ['原创', '听全文', '预览时', 'Modified', '阅读 2356', '官方公众号', '168篇', '往期推荐', '第十二讲', '小说阅读器']) expect(all).not.toContain(frame);
    expect(changes.boilerplate).toBeGreaterThanOrEqual(10);
  });

  it('damage from a wrong encoding and broken readings is kept as it is and reported with its place', () => {
    const a = cleanAsExpected(join(FIXTURES, 'damaged-encoding.txt'), 'damaged-encoding');
    const { changes } = a;
    expect(a.byline).toBe('区城市运行管理中心 赵立群');
    expect(a.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('编码错误'), // UTF-8 read as GBK: a run of rare characters
      expect.stringContaining('编码错误'), // UTF-8 read as Windows-1252: `åŸŽå¸‚`
      expect.stringContaining('拼音'), // `擘画bò huà）`: its opening bracket lost
      expect.stringContaining('拼音'), // `调研(diào yán`: its closing bracket lost
      expect.stringContaining('拼音'), // `（sh?n gēng）`: a letter lost
    ]);
    for (const w of a.warnings) expect(texts(a).some((t) => t.includes(w.text.replace(/^同，/u, '')))).toBe(true);
    expect(changes.pinyin).toBe(0);
  });

  it('a newspaper page: headings stand alone, captions the layout dropped into sentences come out, and the sentences close over them', () => {
    const a = cleanAsExpected(join(FIXTURES, 'newspaper-page.txt'), 'newspaper-page');
    const { changes } = a;
    expect(a.title).toBe('学用贯通担使命 务实笃行启新程');
    expect(a.subtitle).toBe('——区第九期处级干部轮训班开展现场教学侧记');
    expect(a.byline).toBe('记者 王敏 通讯员 李晓峰');
    expect(texts(a, 'heading1')).toEqual(['在红色阵地中汲取精神力量', '在发展一线中感悟实践伟力']);
    expect(a.captions).toEqual(['5月27日，学员们在松江区党建服务中心参观学习。（记者 王敏 摄）', '图为学员们在G60科创云廊听取讲解，了解科创走廊建设成果。记者 李晓峰 摄']);
    expect(texts(a).join('')).toContain('参观了松江区党建服务中心、广富林文化遗址');
    expect(texts(a).join('')).toContain('从“一条高速公路”到“一条科创走廊”');
    expect(texts(a)).toHaveLength(6);
    expect(kept(a)).not.toMatch(/松江报|星期三|要闻|下转/u);
    expect(changes.pageFurniture).toBeGreaterThanOrEqual(7);
    expect(changes.captions).toBe(2);
    // The plain output keeps the captions too, after the article.
    const plain = runJianbao(dir.path, ['clean', join(FIXTURES, 'newspaper-page.txt')]);
    expect(plain.out.trimEnd().split('\n').slice(-2)).toEqual(a.captions.map((c) => `【图片说明】${c}`));
    expect(plain.err).toContain('图片说明移到文末照片位 2 处');
  });

  it('a paragraph that lost one quotation mark: the pairs after it stay the right way round, and the lone mark is reported', () => {
    const a = cleanAsExpected(join(FIXTURES, 'lost-quote.txt'), 'lost-quote');
    const { changes } = a;
    expect(texts(a)[2]).toContain('不断探索红色物业型"品牌，用好“调查研究”这个传家宝，做实“四百大走访”，');
    expect(a.warnings).toEqual([{ text: '索红色物业型"', message: '引号不成对，可能丢失了一个引号，请对照原稿核对' }]);
    // A quoted saying with a full stop inside, and single quotes nested in double ones.
    expect(texts(a)[0]).toContain('总书记指出：“调查研究是谋事之基、成事之道。没有调查，就没有发言权，更没有决策权。”这句话');
    expect(texts(a)[3]).toContain('把“‘我’字变成‘我们’”落实');
    expect(changes.punctuation).toBeGreaterThan(0);
  });

  it('reads a text saved in GB18030 by an older Chinese Windows program', () => {
    const gb = join(dir.path, '旧电脑的稿件.txt');
    writeFileSync(gb, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', join(FIXTURES, 'lost-quote.txt')]));
    const { changes } = cleanAsExpected(gb, 'lost-quote');
    expect(changes.punctuation).toBeGreaterThan(0);
  });
});
