import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../core/proofread/check-text.ts';
import { checkIssue } from '../../core/proofread/check-issue.ts';
import { formulations } from '../../core/proofread/dictionary.ts';
import { slipOf } from '../../core/proofread/near-miss.ts';
import { REPO } from '../helpers/web-server.ts';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { docNode } from '../../core/schema/doc-node.ts';

const dict = formulations();
const check = (text: string) => checkText(text, dict);
const fixes = (text: string) => check(text).map((f) => [f.found, f.suggestion]);

describe('规范表述', () => {
  it('finds a character missing, wrong, extra or swapped in a canonical phrase', () => {
    expect(fixes('以近平新时代中国特色社会主义思想为指导')).toEqual([['近平新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想']]);
    expect(fixes('深入学习习近乎新时代中国特色社会主义思想')[0]).toEqual(['习近乎新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想']);
    expect(fixes('习近乎指出')[0]).toEqual(['习近乎', '习近平']);
    expect(fixes('践行社会注意核心价值观')).toEqual([['社会注意核心价值观', '社会主义核心价值观']]);
    expect(fixes('践行社会主义核心价值关')).toEqual([['社会主义核心价值关', '社会主义核心价值观']]);
    expect(fixes('实现中华民伟族大复兴')).toEqual([['中华民伟族大复兴', '中华民族伟大复兴']]);
    expect(fixes('党的二十届三中全绘精神')).toEqual([['党的二十届三中全绘', '党的二十届三中全会']]);
    expect(fixes('三中全绘精神')).toEqual([['三中全绘', '三中全会']]);
    expect(check('站在长三角一体化示范区的潮头')).toEqual([]);
  });

  it('checks the verbs and members of the formulas, and 同志 and 总书记 in 两个确立 and 两个维护', () => {
    expect(fixes('坚定“四个意识”、坚定“四个信”、做到“两个维护”')).toEqual([
      ['坚定', '增强'],
      ['四个信', '四个自信'],
    ]);
    expect(check('增强政治意识、大局意识、看齐意识')[0]!.message).toBe('“四个意识”少了“核心意识”');
    expect(fixes('确立习近平总书记党中央的核心、全党的核心地位')).toEqual([['确立习近平总书记党中央的核心', '确立习近平同志党中央的核心']]);
    expect(fixes('坚决维护习近平同志党中央的核心、全党的核心地位')).toEqual([['维护习近平同志党中央的核心', '维护习近平总书记党中央的核心']]);
    expect(fixes('全力服务上海“五大中心”建设')).toEqual([['五大中心', '五个中心']]);
  });

  it('leaves the correct forms alone, the 二十大 theme without the name among them', () => {
    const official = [
      '高举中国特色社会主义伟大旗帜，全面贯彻新时代中国特色社会主义思想，弘扬伟大建党精神。',
      '以习近平同志为核心的党中央坚强领导，深入学习贯彻习近平新时代中国特色社会主义思想。',
      '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
      '坚决维护习近平总书记党中央的核心、全党的核心地位，确立习近平同志党中央的核心、全党的核心地位。',
      '增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。',
      '不忘初心、牢记使命，践行人民城市人民建，人民城市为人民，培育和践行社会主义核心价值观。',
      '学习贯彻党的二十大和党的二十届三中全会精神，发展新质生产力，实现中华民族伟大复兴。',
      '加快建成具有全球影响力的科技创新高地，建设国际科技创新中心，服务上海“五个中心”建设。',
    ].join('');
    expect(check(official).filter((f) => f.category === 'formulation')).toEqual([]);
  });
});

describe('标点数字', () => {
  it('flags half-width marks, unpaired quotes, wrong ellipses, doubled marks, ranges, short years and spaces', () => {
    expect(fixes('学习,工作')).toEqual([[',', '，']]);
    expect(check('他说“好')[0]!).toMatchObject({ found: '“', message: '引号不成对：这里有一个前引号，后面缺少与之配对的后引号' });
    expect(check('学习《党章')[0]!).toMatchObject({ found: '《', message: '书名号不成对：这里有一个前书名号，后面缺少与之配对的后书名号' });
    expect(check('见附件）')[0]!).toMatchObject({ found: '）', message: '括号不成对：这里有一个后括号，前面缺少与之配对的前括号' });
    expect(fixes('等等...')).toEqual([['...', '……']]);
    expect(fixes('很好，，继续')).toEqual([['，，', '，']]);
    expect(fixes('投资3～8万元')).toEqual([['3～8万', '3万～8万']]);
    expect(fixes('23年底完成')).toEqual([['23年', '2023年']]);
    expect(fixes('区委 党校')).toEqual([[' ', '']]);
    expect(check('2025年2月30日召开')[0]!.message).toBe('这不是真实的日期');
  });

  it('leaves decimals, times, years, ranges with units and Latin text alone', () => {
    expect(check('增长3.5%，12:30开会，2023-2027年规划，3万～8万元，他说He said "yes", then left.')).toEqual([]);
  });

  it('leaves the spaces and dots that lay a form or a 目录 out alone', () => {
    for (const line of ['姓  名：', '性　　别', '目　　录', '填表日期：    年    月    日', '指导教师：王老师      参赛学院：区委党校', '中共中央 国务院关于做好2025年全面推进乡村振兴重点工作的意见', '一、开班情况..........1'])
      expect(check(line), line).toEqual([]);
    expect(fixes('我深刻认识 到理论的力量……等等...')).toEqual([
      [' ', ''],
      ['...', '……'],
    ]);
  });
});

describe('错别字', () => {
  it('finds doubled characters, OCR slips and 的 for 地 where certain', () => {
    expect(fixes('还可以把把理论宣讲与实践结合')).toEqual([['把把', '把']]);
    expect(fixes('递交人党申请书')).toEqual([['人党', '入党']]);
    expect(fixes('积极的开展工作')).toEqual([['积极的开展', '积极地开展']]);
    expect(check('的的确确，不了了之，是是非非，人人党员')).toEqual([]);
  });
});

describe('the sample issue', () => {
  it('has every error named in the task found', () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    const found = checkIssue(docNode(demo.doc), dict).map((f) => `${f.found}→${f.suggestion}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '近平新时代中国特色社会主义思想→习近平新时代中国特色社会主义思想',
        '四个信→四个自信',
        '坚定→增强',
        '五大中心→五个中心',
        '科技创新地→科技创新高地',
      ]),
    );
  });

  it('reports an article without a byline', () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    const article = demo.doc.content![0]!.content![0]!;
    article.content = article.content!.map((c) => (c.type === 'byline' ? { type: 'byline' } : c));
    expect(checkIssue(docNode(demo.doc), dict).filter((f) => f.category === 'consistency').map((f) => [f.item, f.message])).toEqual([
      ['《松江区第九期处级干部轮训班开班》', '文章没有署名'],
    ]);
  });
});

describe('slips', () => {
  it('tells a swap of neighbours, a missing character at the start, and a homophone word inside a long phrase', () => {
    const kind = (s: string, phrase: string) => slipOf(s, phrase)?.kind ?? null;
    expect(kind('中华民伟族大复兴', '中华民族伟大复兴')).toBe('swapped');
    expect(kind('中华伟大民族复兴', '中华民族伟大复兴')).toBeNull();
    expect(kind('中华民族伟大复兴', '中华民族伟大复兴')).toBeNull();
    expect(slipOf('近平新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想')).toEqual({ kind: 'missing', written: '', meant: '习', at: 0 });
    expect(kind('社会注意核心价值观', '社会主义核心价值观')).toBe('sound');
    expect(kind('长三角一体化示范', '长三角一体化发展')).toBeNull();
  });
});
