import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLines, checkText } from '../../core/proofread/check-text.ts';
import { checkIssue } from '../../core/proofread/check-issue.ts';
import { formulations } from '../../core/proofread/dictionary.ts';
import { REPO } from '../helpers/web-server.ts';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { docNode } from '../../core/schema/doc-node.ts';

/** Precision: official texts written from the canon draw no finding at all, and the demo issue only its real errors. */
const dict = formulations();
const FIXTURES = ['clean-theory.txt', 'clean-reform.txt', 'clean-shanghai.txt'];

describe('clean official texts', () => {
  it.each(FIXTURES)('%s has no finding', (name) => {
    const text = readFileSync(join(REPO, 'test/fixtures/proofread', name), 'utf8');
    expect([...text.replace(/\n/gu, '')].length).toBeGreaterThanOrEqual(2000);
    const [title = '', ...body] = text.split('\n');
    // The first line is a title: its two phrases may stand apart.
    const found = [...checkText(title, dict, { title: true }), ...checkLines(body.join('\n'), dict)].map((f) => `${f.found}→${f.suggestion}：${f.message}`);
    expect(found).toEqual([]);
  });

  it('finds in the demo issue its real errors and nothing else', () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    expect(checkIssue(docNode(demo.doc), dict).map((f) => `${f.found}→${f.suggestion}`)).toEqual([
      '坚定→增强',
      '四个信→四个自信',
      '近平新时代中国特色社会主义思想→习近平新时代中国特色社会主义思想',
      '科技创新地→科技创新高地',
      '"→null',
      '把把→把',
      '五大中心→五个中心',
      '"→null',
    ]);
  });
});

describe('bylines', () => {
  it('keep the space between a unit and a name, as printed; a space between characters of the text is still found', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'section',
          attrs: { id: 's', key: 'jiaoliu', heading: '【学习交流】' },
          content: [
            {
              type: 'article',
              attrs: { id: 'a' },
              content: [
                { type: 'articleTitle', content: [{ type: 'text', text: '学思践悟强党性' }] },
                { type: 'paragraph', content: [{ type: 'text', text: '通过学习，我深刻认识 到理论的力量。' }] },
                { type: 'byline', content: [{ type: 'text', text: '区委组织部 李明' }] },
              ],
            },
          ],
        },
      ],
    };
    expect(checkIssue(docNode(doc), dict).map((f) => `${f.line}:${f.message}`)).toEqual(['2:汉字之间不应有空格']);
  });
});
