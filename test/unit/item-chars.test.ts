import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import type { DocNode } from '../../core/model/doc.ts';
import { docNode } from '../../core/schema/doc-node.ts';
import type { CleanArticle } from '../../core/cleanup/clean-article.ts';
import { cleanArticle } from '../../core/cleanup/clean-article.ts';
import { textToBlocks } from '../../core/cleanup/from-text.ts';
import { itemChars } from '../../core/model/item-chars.ts';
import { countChars } from '../../core/model/text.ts';
import { outlineItem } from '../../core/model/outline.ts';

const block = (type: string, text: string, attrs?: Record<string, unknown>): DocNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(text ? { content: [{ type: 'text', text }] } : {}),
});

/** The article node a submission becomes when placed, as the editor's `articleNode` builds it. */
function placed(a: CleanArticle): PMNode {
  return docNode({
    type: 'article',
    attrs: { id: 'a1' },
    content: [
      block('articleTitle', a.title),
      ...(a.subtitle ? [block('articleSubtitle', a.subtitle)] : []),
      ...a.paragraphs.map((p) => {
        const level = /^heading(\d)$/u.exec(p.kind)?.[1];
        return level ? block('heading', p.text, { level: Number(level) }) : block('paragraph', p.text);
      }),
      block('byline', a.byline),
    ],
  });
}

const submission = cleanArticle(
  textToBlocks(
    [
      '以学促干担使命',
      '',
      '——第九期处级干部轮训班开班',
      '',
      '  5月21日，第九期处级干部轮训班在区委党校开班，共37名学员参加。',
      '  一、学习G60',
      '  学员们围绕DeepSeek赋能办公展开讨论，',
      '  2023-2027年规划同步推进。',
      '（文/徐文震、赵丹阳 图/张炜）',
    ].join('\n'),
  ),
);

describe('字数 of an item', () => {
  it('counts a submission in the 收稿箱 as the article it becomes once placed', () => {
    expect(submission.title).toBe('以学促干担使命');
    expect(submission.subtitle).toBe('——第九期处级干部轮训班开班');
    expect(submission.byline).toBe('文/徐文震、赵丹阳 图/张炜');
    expect(itemChars(submission)).toBe(outlineItem(placed(submission)).chars);
  });

  it('counts title, subtitle, body and byline, each block on its own', () => {
    const body = submission.paragraphs.map((p) => p.text).join('\n');
    const parts = [submission.title, submission.subtitle, body, submission.byline];
    expect(itemChars(submission)).toBe(parts.reduce((n, text) => n + countChars(text), 0));
    // `G60` ending one paragraph and `2023年` beginning the next stay two words, not one.
    const glued = itemChars({ title: '', subtitle: '', paragraphs: [{ text: 'G60' }, { text: '2023年' }], byline: '' });
    expect(glued).toBe(3);
  });

  it('counts a photo by its caption and an empty article as nothing', () => {
    expect(itemChars(docNode({ type: 'figure', attrs: { id: 'f' }, content: [{ type: 'text', text: '▲学员合影' }] }))).toBe(5);
    expect(itemChars(placed({ ...submission, title: '', subtitle: '', byline: '', paragraphs: [] }))).toBe(0);
  });
});
