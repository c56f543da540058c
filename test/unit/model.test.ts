import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/model/doc.ts';
import { docFault } from '../../core/schema/doc-fault.ts';
import { sectionsOf, templateFault } from '../../core/template/placement.ts';
import { Transform } from 'prosemirror-transform';
import { docJson, docNode } from '../../core/schema/doc-node.ts';
import { IssueMeta } from '../../core/model/meta.ts';
import { chineseDate, isRealDate, parseChineseDate } from '../../core/model/date.ts';
import { parseByline, formatByline, tocAuthors } from '../../core/model/byline.ts';
import { countChars } from '../../core/model/text.ts';
import { outlineOf } from '../../core/model/outline.ts';
import { nextIssue, issueFromTemplate, freshIds } from '../../core/model/new-issue.ts';
import { issueFileProblem } from '../../core/model/issue-file.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';

const template = requireBuiltIn(DEFAULT_TEMPLATE_ID);
const text = (t: string): DocNode => ({ type: 'text', text: t });
const block = (type: string, t: string, attrs?: Record<string, unknown>): DocNode => ({ type, ...(attrs ? { attrs } : {}), content: t ? [text(t)] : [] });

function article(id: string, title: string, body: string, byline: string): DocNode {
  return { type: 'article', attrs: { id }, content: [block('articleTitle', title), block('paragraph', body), block('byline', byline)] };
}

describe('document structure, checked against the editor schema', () => {
  it('accepts the template sections with their items', () => {
    const doc = issueFromTemplate(template).doc;
    doc.content![0]!.content = [article('a1', '开班', '正文。', '文/张三')];
    expect(docFault(doc)).toBeNull();
    expect(templateFault(sectionsOf(docNode(doc)), template)).toBeNull();
  });

  it('names what is wrong in Chinese', () => {
    expect(docFault({ type: 'paragraph' })).toBe('文档的根节点不是简报');
    expect(docFault({ type: 'doc', content: [{ type: 'article' }] })).toBe('文档的结构不对：简报应由模板的各个栏目组成');
    expect(docFault({ type: 'doc', content: [{ type: 'section', content: [{ type: 'script' }] }] })).toBe('未知的内容类型“script”');
    const swapped = issueFromTemplate(template).doc;
    const a = article('a1', '开班', '正文。', '文/张三');
    a.content!.reverse();
    swapped.content![0]!.content = [a];
    expect(docFault(swapped)).toBe('一篇文章的结构不对：文章应依次是标题、副标题（可无）、正文、署名');
    const marked = issueFromTemplate(template).doc;
    const b = article('a1', '开班', '正文。', '文/张三');
    b.content![0]!.content = [{ type: 'text', text: '开班', marks: [{ type: 'bold' }] }];
    marked.content![0]!.content = [b];
    expect(docFault(marked)).toBe('标题中的文字不能带格式');
  });

  it('refuses nesting deeper than any document, without overflowing the stack', () => {
    let deep: DocNode = { type: 'text', text: '深' };
    for (let i = 0; i < 100_000; i++) deep = { type: 'paragraph', content: [deep] };
    expect(docFault({ type: 'doc', content: [deep] })).toBe('文档层级过深');
  });

  it('keeps each item in a section that takes it, and the sections in the template order', () => {
    const doc = issueFromTemplate(template).doc;
    doc.content!.at(-1)!.content = [article('a1', '开班', '正文。', '文/张三')];
    expect(templateFault(sectionsOf(docNode(doc)), template)).toBe('《开班》不能放在【学习掠影】：【学习掠影】只能放入照片。');
    expect(templateFault(sectionsOf(docNode({ type: 'doc', content: [...issueFromTemplate(template).doc.content!].reverse() })), template)).toMatch(/顺序与模板/u);
  });
});

describe('masthead data', () => {
  it('keeps only real dates', () => {
    expect(isRealDate('2025-05-21')).toBe(true);
    expect(isRealDate('2025-02-30')).toBe(false);
    expect(IssueMeta.shape.date.safeParse('2025-13-01').success).toBe(false);
  });

  it('shows and reads dates the Chinese way', () => {
    expect(chineseDate('2025-05-21')).toBe('2025年5月21日');
    expect(parseChineseDate('2025年5月21日')).toBe('2025-05-21');
    expect(parseChineseDate('2025年2月30日')).toBeNull();
  });
});

describe('bylines', () => {
  it('reads roles and names, without the padding space of two-character names', () => {
    const b = parseByline('（文/徐文震、赵丹阳 图/张 炜）');
    expect(b).toEqual({ kind: 'roles', roles: [{ role: '文', names: ['徐文震', '赵丹阳'] }, { role: '图', names: ['张炜'] }] });
    expect(formatByline(b)).toBe('文/徐文震、赵丹阳 图/张炜');
    expect(tocAuthors(b)).toEqual(['徐文震', '赵丹阳']);
  });

  it('reads 图文 and plain signatures', () => {
    expect(tocAuthors(parseByline('图文/郑 琦'))).toEqual(['郑琦']);
    expect(parseByline('(王维平)')).toEqual({ kind: 'signature', text: '王维平' });
    expect(formatByline(parseByline('(文/吕晓明、王 芳) (图/潘叶翠)'))).toBe('文/吕晓明、王芳 图/潘叶翠');
  });
});

describe('字数', () => {
  it('counts each Chinese character and mark, and each Latin word or number once', () => {
    expect(countChars('学习贯彻，')).toBe(5);
    expect(countChars('DeepSeek赋能办公')).toBe(5);
    expect(countChars('共37名 学员')).toBe(5);
    expect(countChars('  \n ')).toBe(0);
  });
});

describe('outline', () => {
  it('lists sections and items with titles, authors and counts', () => {
    const doc = issueFromTemplate(template).doc;
    doc.content![1]!.content = [article('x', '学思践悟', '正文内容。', '陆有峰')];
    const outline = outlineOf(docNode(doc));
    expect(outline.map((s) => s.heading)).toEqual(['【简讯】', '【学习交流】', '【学习动态】', '【学习感悟】', '【学习掠影】']);
    expect(outline[1]!.items[0]).toMatchObject({ id: 'x', kind: 'article', title: '学思践悟', authors: ['陆有峰'], chars: 12 });
  });
});

describe('next issue', () => {
  it('numbers up and carries the masthead and 报/送/发 over, with empty sections', () => {
    const first = issueFromTemplate(template);
    first.meta.cumulativeNumber = 41;
    first.meta.distribution.bao = ['区委组织部', '区委宣传部'];
    first.doc.content![0]!.content = [article('a', '标题', '正文。', '张三')];
    const next = nextIssue(first);
    expect(next.meta.issueNumber).toBe(2);
    expect(next.meta.cumulativeNumber).toBe(42);
    expect(next.meta.distribution.bao).toEqual(['区委组织部', '区委宣传部']);
    expect(next.meta.seriesTitle).toBe(first.meta.seriesTitle);
    expect(next.doc.content!.every((s) => s.content!.length === 0)).toBe(true);
  });

  it('gives a duplicate fresh ids', () => {
    const doc = issueFromTemplate(template).doc;
    doc.content![0]!.content = [article('same', '标题', '正文。', '张三')];
    const tr = new Transform(docNode(doc));
    freshIds(tr);
    const copy = docJson(tr.doc);
    expect(copy.content![0]!.content![0]!.attrs!.id).not.toBe('same');
    expect(copy.content![0]!.attrs!.id).not.toBe(doc.content![0]!.attrs!.id);
    expect(copy.content![0]!.content![0]!.content![0]).toEqual(docJson(docNode(doc)).content![0]!.content![0]!.content![0]);
  });
});

describe('issue file head', () => {
  it('tells a foreign file, a newer version and a good head apart', () => {
    expect(issueFileProblem({ hello: 1 })).toBe('这不是简报工坊的工程文件。');
    expect(issueFileProblem({ format: 'jianbao-issue', version: 2 })).toMatch(/较新版本.*版本 2/);
    expect(issueFileProblem({ format: 'jianbao-issue', version: 1 })).toBeNull();
  });
});
