import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/model/doc.ts';
import { IssueContent } from '../../core/model/issue.ts';
import { issueFromTemplate, nextIssue } from '../../core/model/new-issue.ts';
import { outlineOf } from '../../core/model/outline.ts';
import { docNode } from '../../core/schema/doc-node.ts';
import { builtInTemplates, requireBuiltIn } from '../../core/template/registry.ts';
import { applySettings, settingsOf } from '../../core/template/settings.ts';

const text = (t: string): DocNode => ({ type: 'text', text: t });
const article = (id: string, title: string): DocNode => ({
  type: 'article',
  attrs: { id },
  content: [{ type: 'articleTitle', content: [text(title)] }, { type: 'paragraph', content: [text('正文。')] }, { type: 'byline', content: [text('张三')] }],
});
const reflection = (id: string): DocNode => ({ type: 'reflection', attrs: { id }, content: [{ type: 'paragraph', content: [text('体会。')] }, { type: 'byline', content: [text('李四')] }] });

/** A 工作简报 with an article in 【工作动态】 and one in 【基层声音】. */
function workIssue(): IssueContent {
  const issue = issueFromTemplate(requireBuiltIn('work-briefing'));
  issue.doc.content![0]!.content = [article('a1', '一季度工作')];
  issue.doc.content![2]!.content = [article('a2', '社区来信')];
  return IssueContent.parse(issue);
}
const headings = (issue: IssueContent) => outlineOf(docNode(issue.doc)).map((s) => s.heading);
const titles = (issue: IssueContent, heading: string) => outlineOf(docNode(issue.doc)).find((s) => s.heading === heading)!.items.map((i) => i.title);

describe('the built-in styles', () => {
  it('are five, each with its model described, and each makes a valid first issue', () => {
    const styles = builtInTemplates();
    expect(styles.map((t) => t.name)).toEqual(['干部轮训班简报（松江区处级干部轮训班式样）', '干部培训班简报', '工作简报', '信息专报', '主题教育简报']);
    for (const t of styles) {
      expect(t.source.length, t.name).toBeGreaterThan(20);
      expect(IssueContent.safeParse(issueFromTemplate(t)).success, t.name).toBe(true);
    }
    expect(requireBuiltIn('theme-education').sections.map((s) => s.heading)).toEqual(['【工作动态】', '【经验交流】', '【学习体会】']);
    expect(requireBuiltIn('work-briefing').articleStartsNewPage).toBe(false);
    expect(requireBuiltIn('info-report').toc).toBe(false);
  });

  it('take an issue saved with only a template id as that built-in template, and refuse an unknown one in Chinese', () => {
    const issue = issueFromTemplate(requireBuiltIn('songjiang-training'));
    expect(IssueContent.parse({ ...issue, template: 'songjiang-training' }).template).toEqual(requireBuiltIn('songjiang-training'));
    const unknown = IssueContent.safeParse({ ...issue, template: 'no-such-style' });
    expect(unknown.success).toBe(false);
    expect(unknown.error!.issues.map((i) => i.message)).toContain('未知的简报模板“no-such-style”。');
  });

  it('hold a 信息专报 to one article', () => {
    const issue = issueFromTemplate(requireBuiltIn('info-report'));
    issue.doc.content![0]!.content = [article('a1', '一'), article('a2', '二')];
    expect(IssueContent.safeParse(issue).error?.issues[0]?.message).toBe('专报正文只能放 1 篇，现在有 2 篇。');
  });
});

describe('简报设置', () => {
  it('renames, adds and reorders sections, keeping every item where it was, one version up', () => {
    const issue = workIssue();
    const s = settingsOf(issue);
    const next = applySettings(issue, {
      ...s,
      name: '新任科级干部培训班简报',
      seriesTitle: '2026年新任科级干部培训班简报',
      sections: [
        s.sections[0]!,
        { ...s.sections[2]!, heading: '学员风采' },
        { heading: '【心得体会】', accepts: ['reflection'], inToc: 'heading' },
        { ...s.sections[3]! },
        { heading: '理论学习', accepts: ['article'], inToc: 'items' },
      ],
      moveItems: {},
    });
    expect(headings(next)).toEqual(['【工作动态】', '【学员风采】', '【心得体会】', '【图片新闻】', '【理论学习】']);
    expect(titles(next, '【工作动态】')).toEqual(['一季度工作']);
    expect(titles(next, '【学员风采】')).toEqual(['社区来信']);
    expect(next.template.version).toBe(issue.template.version + 1);
    expect(next.template.name).toBe('新任科级干部培训班简报');
    expect(next.meta.seriesTitle).toBe('2026年新任科级干部培训班简报');
    expect(next.template.masthead.seriesTitle).toBe('2026年新任科级干部培训班简报');
    // The next issue of the series keeps it all, its sections empty.
    const following = nextIssue(next);
    expect(headings(following)).toEqual(headings(next));
    expect(following.template).toEqual(next.template);
    expect(outlineOf(docNode(following.doc)).every((sec) => sec.items.length === 0)).toBe(true);
  });

  it('removes an empty section, and one with items only once told where they go', () => {
    const issue = workIssue();
    const s = settingsOf(issue);
    const withoutEmpty = applySettings(issue, { ...s, sections: s.sections.filter((x) => x.heading !== '【经验做法】') });
    expect(headings(withoutEmpty)).toEqual(['【工作动态】', '【基层声音】', '【图片新闻】']);

    const withoutFull = { ...s, sections: s.sections.filter((x) => x.heading !== '【基层声音】') };
    expect(() => applySettings(issue, withoutFull)).toThrow('【基层声音】中还有 1 篇稿件，删除这个栏目前请选好它们移到哪个栏目。');
    const moved = applySettings(issue, { ...withoutFull, moveItems: { jiceng: 'dongtai' } });
    expect(titles(moved, '【工作动态】')).toEqual(['一季度工作', '社区来信']);
    // Not into a section that does not take articles: nothing is changed, and the message names why.
    expect(() => applySettings(issue, { ...withoutFull, moveItems: { jiceng: 'tupian' } })).toThrow(/《社区来信》不能放在【图片新闻】/u);
  });

  it('refuses what would break the rules, in Chinese', () => {
    const issue = workIssue();
    const s = settingsOf(issue);
    expect(() => applySettings(issue, { ...s, sections: [s.sections[0]!, { ...s.sections[1]!, heading: '工作动态' }, s.sections[2]!] })).toThrow('有两个栏目都叫【工作动态】，请改一个名字。');
    expect(() => applySettings(issue, { ...s, sections: s.sections.map((x, i) => (i === 0 ? { ...x, accepts: ['reflection'] } : x)) })).toThrow(/《一季度工作》不能放在【工作动态】/u);
    expect(() => applySettings(issue, { ...s, name: '  ' })).toThrow('简报名称不能为空。');
    expect(() => applySettings(issue, { ...s, color: 'red' })).toThrow('报头颜色要写成 #RRGGBB。');
    expect(() => applySettings(issue, { ...s, sections: [] })).toThrow('简报至少要有一个栏目。');
  });

  it('puts a 心得 section on and the 目录 off as asked', () => {
    const issue = workIssue();
    issue.doc.content![1]!.content = [];
    const s = settingsOf(issue);
    const next = applySettings(issue, { ...s, toc: false, articleStartsNewPage: true, sections: s.sections.map((x, i) => (i === 1 ? { ...x, accepts: ['reflection'], heading: '心得体会' } : x)) });
    expect(next.template.toc).toBe(false);
    expect(next.template.articleStartsNewPage).toBe(true);
    next.doc.content![1]!.content = [reflection('r1')];
    expect(IssueContent.safeParse(next).success).toBe(true);
  });
});
