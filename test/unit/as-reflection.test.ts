import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/cleanup/clean-article.ts';
import { textToBlocks } from '../../core/cleanup/from-text.ts';
import type { CleanArticle } from '../../core/cleanup/clean-article.ts';
import type { DocNode } from '../../core/model/doc.ts';
import { plainText } from '../../core/model/text.ts';
import { issueFromTemplate } from '../../core/model/new-issue.ts';
import { docFault } from '../../core/schema/doc-fault.ts';
import { docNode, issueModel } from '../../core/schema/doc-node.ts';
import { asReflection } from '../../core/template/as-reflection.ts';
import { sectionsOf, submissionKind, templateFault, whyNot } from '../../core/template/placement.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import { printDocument } from '../../core/layout/print-document.ts';
import { pageGeometry } from '../../core/layout/page-geometry.ts';

/** An essay placed into 【学习感悟】, which takes only 心得体会: what it becomes, what it changed, what it would lose. */
const template = requireBuiltIn(DEFAULT_TEMPLATE_ID);
const clean = (text: string) => cleanArticle(textToBlocks(text));
const ESSAY = ['以调查研究推动社区治理', '', '文/王芳', '', '一、抬头仰望', '', '调查研究是谋事之基、成事之道，没有调查就没有发言权。', '', '二、脚踏实地', '', '民生领域需求碎片化，调查研究是精准把握民生需求的重要手段。'].join('\n');

/** The 心得 as the clerk reads it: its paragraphs, then its signature. */
const blocks = (item: DocNode) => (item.content ?? []).map((b) => `${b.type}:${plainText(docNode(b))}`);

/** The 心得 placed into the template's 【学习感悟】 of a fresh issue: a document every check takes. */
function placed(item: DocNode) {
  const issue = issueFromTemplate(template);
  issue.doc.content!.find((s) => s.attrs?.key === 'ganwu')!.content = [item];
  return issue;
}

describe('which sections take an essay, and as what', () => {
  it('takes it as an article where articles go, as a 心得体会 in 【学习感悟】, and says why 【学习掠影】 cannot', () => {
    expect(submissionKind(template, 'jiaoliu')).toBe('article');
    expect(submissionKind(template, 'ganwu')).toBe('reflection');
    expect(submissionKind(template, 'lueying')).toBeNull();
    expect(whyNot(template, 'lueying', 'article')).toBe('只能放入照片');
    expect(whyNot(template, 'ganwu', 'article')).toBe('只能放入心得体会');
    expect(whyNot(template, 'jiaoliu', 'article')).toBeNull();
  });
});

describe('an essay made into a 心得体会', () => {
  it('keeps every paragraph and heading as text, signs it with the writer, and names the title it would drop', () => {
    const essay = clean(ESSAY);
    const { item, changes, lost } = asReflection(essay, 'r1', 'drop');
    expect(blocks(item)).toEqual([
      'paragraph:一、抬头仰望',
      'paragraph:调查研究是谋事之基、成事之道，没有调查就没有发言权。',
      'paragraph:二、脚踏实地',
      'paragraph:民生领域需求碎片化，调查研究是精准把握民生需求的重要手段。',
      'byline:王芳',
    ]);
    expect(item.attrs).toEqual({ id: 'r1' });
    expect(lost).toEqual([{ part: '标题', text: '以调查研究推动社区治理' }]);
    expect(changes).toEqual(['删去标题“以调查研究推动社区治理”', '2 个小标题改为正文段落', '署名“文/王芳”改为落款“王芳”']);
    const issue = placed(item);
    expect(docFault(issue.doc)).toBeNull();
    expect(templateFault(sectionsOf(docNode(issue.doc)), template)).toBeNull();
  });

  it('keeps the title and subtitle as its first line when the clerk says so, and then loses nothing', () => {
    const essay = clean(['学思践悟新思想', '——参加轮训班的体会', '', '通过学习，我深刻认识到“两个确立”的决定性意义。', '', '（王维平）'].join('\n'));
    expect(essay.subtitle).toBe('——参加轮训班的体会');
    const { item, changes, lost } = asReflection(essay, 'r1', 'firstLine');
    expect(blocks(item)).toEqual(['paragraph:学思践悟新思想——参加轮训班的体会', 'paragraph:通过学习，我深刻认识到“两个确立”的决定性意义。', 'byline:王维平']);
    expect(lost).toEqual([]);
    expect(changes).toEqual(['标题“学思践悟新思想——参加轮训班的体会”改作第一段']);
    expect(asReflection(essay, 'r1', 'drop').lost).toEqual([
      { part: '标题', text: '学思践悟新思想' },
      { part: '副标题', text: '——参加轮训班的体会' },
    ]);
  });

  it('drops a title that only names the kind of writing without asking, and says so', () => {
    const essay = clean(['学习心得', '', '开班以来，我们系统学习了党的创新理论，收获很大。', '', '（第二党小组 王芳）'].join('\n'));
    expect(essay.title).toBe('学习心得');
    const { item, changes, lost } = asReflection(essay, 'r1', 'drop');
    expect(lost).toEqual([]);
    expect(changes).toEqual(['删去标题“学习心得”（栏目名已说明是心得）']);
    expect(blocks(item)).toEqual(['paragraph:开班以来，我们系统学习了党的创新理论，收获很大。', 'byline:第二党小组 王芳']);
  });

  it('asks about photos, captions and a photographer’s credit, none of which a 心得 prints', () => {
    const essay: CleanArticle = {
      ...clean('正文一段，写我们的学习体会。'),
      byline: '文/王芳 图/李强',
      paragraphs: [
        { kind: 'paragraph', text: '正文一段，写我们的学习体会。', runs: [{ text: '正文一段，写我们的' }, { text: '学习体会', bold: true }, { text: '。' }] },
        { kind: 'figure', text: '学员们在社区服务站听取意见', runs: [{ text: '学员们在社区服务站听取意见' }], photo: '' },
      ],
      captions: ['小组成员整理调研记录'],
    };
    const { item, changes, lost } = asReflection(essay, 'r1', 'drop');
    expect(lost).toEqual([
      { part: '照片', text: '学员们在社区服务站听取意见' },
      { part: '图片说明', text: '小组成员整理调研记录' },
      { part: '署名', text: '图/李强' },
    ]);
    expect(changes).toEqual(['1 张照片未放入', '1 条图片说明未放入', '署名“文/王芳 图/李强”改为落款“王芳”']);
    // Bold stays bold.
    expect(item.content![0]!.content![1]).toEqual({ type: 'text', text: '学习体会', marks: [{ type: 'bold' }] });
  });

  it('is a 心得 with an empty paragraph and signature where the essay had only a title, and prints as the template’s 心得 print', () => {
    const essay: CleanArticle = { ...clean('只有标题的稿件'), title: '只有标题的稿件', byline: '', paragraphs: [] };
    const dropped = asReflection(essay, 'r1', 'drop');
    expect(blocks(dropped.item)).toEqual(['paragraph:', 'byline:']);
    expect(docFault(placed(dropped.item).doc)).toBeNull();

    const kept = asReflection(clean(ESSAY), 'r2', 'firstLine');
    const print = printDocument(issueModel(placed(kept.item)), template, pageGeometry(template), () => null);
    const printed = print.body.flatMap((b) => (b.kind === 'text' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(printed).toEqual([
      '【学习感悟】',
      '以调查研究推动社区治理',
      '一、抬头仰望',
      '调查研究是谋事之基、成事之道，没有调查就没有发言权。',
      '二、脚踏实地',
      '民生领域需求碎片化，调查研究是精准把握民生需求的重要手段。',
      '（王芳）',
    ]);
  });
});
