import { describe, expect, it } from 'vitest';
import type { BlockLook, RawBlock } from '../../core/cleanup/raw-block.ts';
import { readPastIssue } from '../../core/past-issue/read-past-issue.ts';
import { pastIssueLines } from '../../core/past-issue/summary.ts';
import type { DocNode } from '../../core/model/doc.ts';
import { jsonText } from '../helpers/json-text.ts';

/** A paragraph as a Word reader gives it: its text, and how it is set. */
const p = (text: string, look: BlockLook = { size: 16 }): RawBlock => ({ runs: [{ text }], continues: false, look });
const big = (text: string, size = 22): RawBlock => p(text, { size, centred: true });
const photo = (caption: string, hash = 'a'.repeat(64)): RawBlock => ({ runs: [{ text: caption }], continues: false, hint: { kind: 'figure', photo: hash, width: 800, height: 500 } });

const BODY = '5月12日上午，培训班在区委党校正式开班，学员们围绕主题主线展开学习和交流，收获很大。';

function read(blocks: RawBlock[]) {
  return readPastIssue({ name: '往期.docx', blocks, warnings: [], removed: [] });
}

const itemText = (item: DocNode, type: string) => jsonText(item.content?.find((c) => c.type === type) ?? { type: 'text' });

describe('a past briefing read from its blocks', () => {
  const briefing = [
    photo('', 'b'.repeat(64)),
    p('内部资料 注意保存', { size: 12 }),
    p('某区青年干部培训班简报', { size: 26, centred: true, colour: '#C00000' }),
    p('第2期（总第7期）'),
    p('中共某区委党校办公室    2024年11月5日', { size: 14 }),
    p('目  录', { size: 18, centred: true }),
    p('【工作动态】', { size: 14 }),
    p('青年干部培训班开班……1', { size: 14 }),
    p('青年干部培训班开展现场教学……2', { size: 14 }),
    p('【心得体会】……3', { size: 14 }),
    p('【工作动态】', { size: 16, pageStart: true }),
    big('青年干部培训班开班'),
    p('——区委组织部领导出席'),
    p(BODY),
    p('（文/王 芳 图/张 炜）'),
    big('青年干部培训班开展现场教学', 22),
    p(BODY),
    p('一、走进基层'),
    p(BODY),
    p('（李晓明）'),
    p('【心得体会】'),
    p(BODY),
    p('（张 颖）'),
    p(BODY),
    p(BODY),
    p('（第二组 陈强）'),
    p('【学习掠影】'),
    photo('学员在开班式上'),
    photo('学员在现场教学点'),
    p('报：区委组织部', { size: 14 }),
    p('送：区委党校校委，各分校', { size: 14 }),
    p('发：全体学员            共印50份', { size: 14 }),
  ];

  it('finds the masthead, the sections with what each holds, every item in its place, and the 报尾', () => {
    const read_ = read(briefing);
    const { template, meta, doc } = read_.issue;
    expect(meta).toMatchObject({
      seriesTitle: '某区青年干部培训班简报',
      issueNumber: 2,
      cumulativeNumber: 7,
      date: '2024-11-05',
      issuingUnit: '中共某区委党校办公室',
      distribution: { bao: ['区委组织部'], song: ['区委党校校委', '各分校'], fa: ['全体学员'] },
      printRun: 50,
    });
    expect(template.sections.map((s) => [s.heading, s.accepts, s.inToc])).toEqual([
      ['【工作动态】', ['article'], 'items'],
      ['【心得体会】', ['reflection'], 'heading'],
      ['【学习掠影】', ['figure'], 'heading'],
    ]);
    expect(template.masthead).toMatchObject({ seriesTitle: '某区青年干部培训班简报', issuingUnit: '中共某区委党校办公室', printRun: 50 });
    expect(template.toc).toBe(true);
    // The masthead prints in the colour the office set its title in.
    expect(template.styles.masthead.color).toBe('#C00000');
    const [news, thoughts, photos] = doc.content!;
    expect(news!.content!.map((a) => [itemText(a, 'articleTitle'), itemText(a, 'articleSubtitle'), itemText(a, 'byline')])).toEqual([
      ['青年干部培训班开班', '——区委组织部领导出席', '文/王芳 图/张炜'],
      ['青年干部培训班开展现场教学', '', '李晓明'],
    ]);
    // The subhead stays a heading of its article, the paragraphs whole.
    expect(news!.content![1]!.content!.map((n) => n.type)).toEqual(['articleTitle', 'paragraph', 'heading', 'paragraph', 'byline']);
    expect(thoughts!.content!.map((r) => [r.type, r.content!.length, itemText(r, 'byline')])).toEqual([
      ['reflection', 2, '张颖'],
      ['reflection', 3, '第二组 陈强'],
    ]);
    expect(photos!.content!.map((f) => [f.type, f.attrs?.photo, jsonText(f)])).toEqual([
      ['figure', 'a'.repeat(64), '学员在开班式上'],
      ['figure', 'a'.repeat(64), '学员在现场教学点'],
    ]);
  });

  it('lists every line that went into no item: the 目录, and the masthead\'s emblem and line that is none of its parts', () => {
    const { leftOut, warnings } = read(briefing);
    expect(leftOut).toEqual([
      ...['目 录', '【工作动态】', '青年干部培训班开班……1', '青年干部培训班开展现场教学……2', '【心得体会】……3'].map((text) => ({ text, why: '目录（导出时按正文重新生成）' })),
      { text: '（照片）', why: '报头中的其他文字' },
      { text: '内部资料 注意保存', why: '报头中的其他文字' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('says what it recognised, a line each', () => {
    const lines = pastIssueLines(read(briefing));
    expect(lines).toContain('期号：第 2 期（总第 7 期）');
    expect(lines).toContain('  【工作动态】  2 篇文章');
    expect(lines).toContain('  【心得体会】  2 篇心得');
    expect(lines).toContain('  【学习掠影】  2 张照片');
    expect(lines).toContain('报尾：报 区委组织部；送 区委党校校委、各分校；发 全体学员；印数 50');
  });

  it('warns of what it did not find, and of a 目录 entry the body lacks', () => {
    const bare = [big('某区工作简报', 26), p('目录'), p('【工作动态】'), p('一篇不见了的文章'), p('【工作动态】', { size: 16, pageStart: true }), big('一篇文章的标题'), p(BODY)];
    const { warnings, issue } = read(bare);
    expect(issue.meta.issueNumber).toBe(1);
    expect(warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        '【工作动态】中的这篇文章没有找到署名，请核对',
        '目录中列出了这一篇，但正文中没有找到，请核对',
        '没有找到期号（第N期），已设为第 1 期，请核对',
        '没有找到日期，已设为今天，请核对',
        '没有找到编印单位，请核对',
        '没有找到报尾（报：送：发：），报送范围请在简报设置中填写',
      ]),
    );
    expect(warnings.find((w) => w.message.startsWith('目录中'))!.text).toBe('一篇不见了的文章');
  });

  it('refuses a file with no article, 心得 or photo in it, in Chinese', () => {
    expect(() => read([big('某区工作简报', 26), p('第1期')])).toThrow('没有在这份文件中找到任何文章、心得或照片');
  });

  it('refuses two sections of one name, since a template cannot hold them', () => {
    expect(() => read([big('某区工作简报', 26), p('【动态】'), big('标题一'), p(BODY), p('【动态】'), big('标题二'), p(BODY)])).toThrow('有两个栏目都叫【动态】');
  });
});
