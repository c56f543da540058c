import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import demo from '../../seeds/demo-issue.json' with { type: 'json' };
import { issueFromSample } from '../../seeds/sample-issue.ts';
import { parseSampleToc } from '../../seeds/sample-toc.ts';
import { SAMPLE_PATH, placeholderSlots } from '../../seeds/build-demo.ts';
import { IssueFile } from '../../core/model/issue-file.ts';
import { outlineOf } from '../../core/model/outline.ts';
import { plainText } from '../../core/model/text.ts';
import type { DocNode } from '../../core/model/doc.ts';
import { docNode } from '../../core/schema/doc-node.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';

const sample = readFileSync(SAMPLE_PATH, 'utf8');
const lines = sample.split('\n');
const toc = parseSampleToc(lines.slice(lines.findIndex((l) => l.includes('目 录')) + 1, lines.findIndex((l) => l.startsWith('## 【简讯】'))));
const file = IssueFile.parse(demo);
const doc = docNode(file.doc);
const outline = outlineOf(doc);
/** Ids are new on every build, and the placeholder pictures are drawn by Chromium: neither is compared. */
const DRAWN = new Set(['id', 'photo', 'width', 'height']);
const withoutIds = (node: DocNode): unknown => JSON.parse(JSON.stringify(node, (k, v) => (DRAWN.has(k) ? undefined : v)));

describe('the demo issue', () => {
  it('is a valid issue file with the sample masthead', () => {
    expect(file.meta.seriesTitle).toBe('2023-2027松江区第九期处级干部轮训班简报');
    expect(file.meta.issueNumber).toBe(1);
    expect(file.meta.date).toBe('2025-05-21');
    expect(file.meta.theme).toBe('学用贯通担使命 务实笃行启新程');
  });

  it('has every 目录 entry of the sample, in order, with its authors', () => {
    const expected: string[] = toc.map((e) => (e.kind === 'section' ? e.heading : `${e.title}（${e.authors.join('、')}）`));
    const actual = outline.flatMap((s) => [
      s.heading,
      ...s.items.filter((i) => i.kind === 'article').map((i) => `${i.title}（${i.authors.join('、')}）`),
    ]);
    expect(expected).toHaveLength(5 + 16);
    expect(expected).toContain('保持定力，坚定信心，对标“四个区”建设加快车墩转型发展攻坚突围（王维平）');
    expect(expected).toContain('松江区第九期处级干部轮训班调研活动纪实（吕晓明、马文辉、王芳、沈超）');
    expect(actual).toEqual(expected);
  });

  it('has the eight signed reflections and photo slots in the gallery', () => {
    const ganwu = outline.find((s) => s.heading === '【学习感悟】')!;
    expect(ganwu.items.map((i) => i.authors[0])).toEqual(['杨世军', '沈巧英', '盛煜', '曹宏', '彭杰', '蒋晋渊', '陈强', '李桂宝']);
    expect(outline.find((s) => s.heading === '【学习掠影】')!.items.every((i) => i.kind === 'figure')).toBe(true);
  });

  it('keeps bylines with their roles and the subtitle', () => {
    const text = plainText(doc);
    expect(text).toContain('文/徐文震、赵丹阳 图/张炜');
    expect(text).toContain('文/吕晓明、马文辉、王芳、沈超 图/吕晓明、马文辉、王芳、潘叶翠');
    expect(text).toContain('——区第九期处级干部班赴华为练秋湖研发中心考察学习');
  });

  it('is clean of extraction damage but keeps the wording, mistakes included', () => {
    const paragraphs: string[] = [];
    doc.descendants((n) => (n.type.name === 'paragraph' ? (paragraphs.push(plainText(n)), false) : true));
    for (const p of paragraphs) {
      expect(p).not.toMatch(/\p{Script=Han}\s+\p{Script=Han}/u);
      expect(p).not.toMatch(/\p{Script=Han}[,;:?!]|[,;:?!]\p{Script=Han}/u);
      expect(p).not.toContain('##');
    }
    const text = plainText(doc);
    expect(text).toContain('区委党校常务副校长、区行政学院常务副院长刘凤强出席开班式并讲话');
    expect(text).toContain('以近平新时代中国特色社会主义思想'); // the sample's own error, for the proofreader to catch
  });

  it('is what the builder makes from the sample today', () => {
    const rebuilt = issueFromSample(sample, requireBuiltIn(DEFAULT_TEMPLATE_ID));
    expect(placeholderSlots(rebuilt.doc)).toHaveLength(19);
    expect(withoutIds(rebuilt.doc)).toEqual(withoutIds(file.doc));
  });

  it('has a placeholder photo in every slot, stored in the file, so every section prints', () => {
    const slots = placeholderSlots(structuredClone(file.doc));
    for (const { node } of slots) {
      const photo = file.photos[String(node.attrs?.photo)];
      expect(photo?.mime).toBe('image/jpeg');
      expect(node.attrs).toMatchObject({ width: 720, height: 480 });
    }
    expect(Object.keys(file.photos)).toHaveLength(slots.length);
  });
});
