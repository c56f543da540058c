import type { DocNode } from '../../core/model/doc.ts';
import type { IssueFile, PhotoData } from '../../core/model/issue-file.ts';
import { issueFromTemplate } from '../../core/model/new-issue.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import { cleanParagraphText } from '../../core/cleanup/clean-text.ts';
import { createHash } from 'node:crypto';
import { solidPng } from './png.ts';
import { readSample, SAMPLE_FILES } from './samples.ts';

/** Deterministic pseudo-random numbers, so a generated issue that once failed can be made again. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

let sentences: string[] | null = null;

/** Sentences of the real sample documents, cleaned, as the stuff generated articles are made of. */
function corpus(): string[] {
  if (!sentences) {
    const text = [SAMPLE_FILES.deeds, SAMPLE_FILES.news].map(readSample).join('\n');
    sentences = text
      .split(/\n+/u)
      .map((l) => cleanParagraphText(l.replace(/^#+\s*/u, '')))
      .flatMap((l) => l.split(/(?<=[。！？])/u))
      .filter((s) => s.length >= 8 && !/[\uFFFD?]/u.test(s));
  }
  return sentences;
}

const LATIN = ['DeepSeek', 'G60', '2023-2027', '12345678901', '3.5%', 'mRNA', 'AI', 'PDCA', '6G', 'Large Language Model', '2025年5月21日'];

export interface Shape {
  seed: number;
  articles: number;
  /** Paragraphs per article, from–to. */
  paragraphs: [number, number];
  /** Sentences per paragraph, from–to. */
  sentences: [number, number];
  headings: boolean;
  latin: boolean;
  photos: boolean;
  reflections: number;
  gallery: number;
  /** Sections left empty. */
  empty: string[];
  /** The built-in style (default: the Songjiang one). */
  style?: string;
  /** Articles with a 编者按 before them, where the section takes one. */
  notes?: number;
}

const text = (t: string): DocNode[] => (t ? [{ type: 'text', text: t }] : []);

/** An issue of a given shape, with real-looking text, Latin words and numbers, headings and photos. */
export function generatedIssue(shape: Shape): IssueFile {
  const rnd = random(shape.seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const between = ([a, b]: [number, number]) => a + Math.floor(rnd() * (b - a + 1));
  const photos: Record<string, PhotoData> = {};
  const photo = (): string => {
    const w = 200 + Math.floor(rnd() * 600);
    const h = 120 + Math.floor(rnd() * 700);
    const bytes = solidPng(w, h, [Math.floor(rnd() * 255), 90, 120]);
    const hash = createHash('sha256').update(bytes).digest('hex');
    photos[hash] = { mime: 'image/png', data: bytes.toString('base64') };
    return hash;
  };
  const paragraph = (): string => {
    let p = '';
    for (let i = between(shape.sentences); i > 0; i--) {
      let s = pick(corpus());
      if (shape.latin && rnd() < 0.35) {
        const at = Math.floor(rnd() * s.length);
        s = s.slice(0, at) + pick(LATIN) + s.slice(at);
      }
      p += s;
    }
    return p;
  };
  const numbering = ['一、', '（一）', '1.', '（1）'];
  const article = (n: number): DocNode => {
    const body: DocNode[] = [];
    const paragraphs = between(shape.paragraphs);
    for (let i = 0; i < paragraphs; i++) {
      if (shape.headings && i > 0 && rnd() < 0.3) {
        const level = 1 + Math.floor(rnd() * 4);
        body.push({ type: 'heading', attrs: { level }, content: text(`${numbering[level - 1]}${pick(corpus()).slice(0, 6 + Math.floor(rnd() * 20)).replace(/[。，！？]$/u, '')}`) });
      }
      body.push({ type: 'paragraph', content: text(paragraph()) });
      if (shape.photos && rnd() < 0.25) body.push({ type: 'figure', attrs: { id: `f${n}-${i}`, photo: photo() }, content: text(rnd() < 0.7 ? pick(corpus()).slice(0, 14) : '') });
    }
    // Numbered, so that no title also stands in another article's text.
    const title = `第${n + 1}篇 ${pick(corpus()).replace(/[。！？]$/u, '').slice(0, 8 + Math.floor(rnd() * 40))}`;
    return {
      type: 'article',
      attrs: { id: `a${n}` },
      content: [
        { type: 'articleTitle', content: text(title) },
        ...(rnd() < 0.2 ? [{ type: 'articleSubtitle', content: text(`——${pick(corpus()).slice(0, 18)}`) }] : []),
        ...body,
        { type: 'byline', content: text(rnd() < 0.5 ? '文/徐文震、赵丹阳 图/张炜' : '王维平') },
      ],
    };
  };
  const template = requireBuiltIn(shape.style ?? DEFAULT_TEMPLATE_ID);
  const issue = issueFromTemplate(template);
  issue.meta.date = '2025-05-21';
  const sections = issue.doc.content!;
  const taking = (kind: string) => template.sections.filter((s) => s.accepts.includes(kind) && !shape.empty.includes(s.key)).map((s) => sections.find((d) => d.attrs!.key === s.key)!);
  const articleSections = taking('article');
  for (let i = 0; i < shape.articles && articleSections.length; i++) {
    const section = articleSections[Math.min(articleSections.length - 1, Math.floor((i / shape.articles) * articleSections.length))]!;
    const takesNotes = template.sections.find((s) => s.key === section.attrs!.key)!.accepts.includes('editorsNote');
    if (takesNotes && i < (shape.notes ?? 0))
      // A 编者按 as offices write one: a paragraph or two of a sentence or two.
      section.content!.push({ type: 'editorsNote', attrs: { id: `n${i}` }, content: Array.from({ length: 1 + (i % 2) }, () => ({ type: 'paragraph', content: text(pick(corpus()) + (rnd() < 0.5 ? pick(corpus()) : '')) })) });
    section.content!.push(article(i));
  }
  const [reflections] = taking('reflection');
  for (let i = 0; i < shape.reflections; i++)
    reflections!.content!.push({ type: 'reflection', attrs: { id: `r${i}` }, content: [{ type: 'paragraph', content: text(paragraph()) }, { type: 'byline', content: text(pick(['杨世军', '沈巧英', '盛煜'])) }] });
  const [gallery] = taking('figure');
  for (let i = 0; i < shape.gallery; i++) gallery!.content!.push({ type: 'figure', attrs: { id: `g${i}`, photo: photo() }, content: text(`学习掠影${i + 1}`) });
  return { format: 'jianbao-issue', version: 1, ...issue, photos };
}

/** The shapes the render test checks against LibreOffice: keep every one that once failed. */
export const SHAPES: Record<string, Shape> = {
  'one short article': { seed: 1, articles: 1, paragraphs: [1, 1], sentences: [1, 2], headings: false, latin: false, photos: false, reflections: 0, gallery: 0, empty: ['jiaoliu', 'dongtai'] },
  'many short articles': { seed: 2, articles: 18, paragraphs: [2, 6], sentences: [1, 4], headings: false, latin: true, photos: false, reflections: 3, gallery: 0, empty: [] },
  'long articles with headings, Latin and numbers': { seed: 3, articles: 6, paragraphs: [10, 24], sentences: [2, 6], headings: true, latin: true, photos: false, reflections: 0, gallery: 0, empty: ['dongtai'] },
  'photos of different heights and a gallery': { seed: 4, articles: 6, paragraphs: [4, 10], sentences: [1, 4], headings: true, latin: false, photos: true, reflections: 2, gallery: 5, empty: [] },
  'items longer than a page, empty sections': { seed: 5, articles: 3, paragraphs: [20, 30], sentences: [4, 8], headings: true, latin: true, photos: false, reflections: 0, gallery: 0, empty: ['jianxun', 'dongtai'] },
  'about eighty pages': { seed: 6, articles: 9, paragraphs: [10, 22], sentences: [2, 6], headings: true, latin: true, photos: true, reflections: 10, gallery: 4, empty: [] },
};

/** An issue of each other built-in style, for the same checks against LibreOffice. */
export const STYLE_SHAPES: Record<string, Shape> = {
  '干部培训班简报': { seed: 11, style: 'cadre-training', articles: 7, paragraphs: [3, 12], sentences: [1, 5], headings: true, latin: true, photos: true, reflections: 3, gallery: 3, empty: [] },
  '工作简报, articles one after another, 编者按 before some': { seed: 12, style: 'work-briefing', notes: 4, articles: 12, paragraphs: [1, 4], sentences: [1, 3], headings: true, latin: true, photos: true, reflections: 0, gallery: 4, empty: [] },
  '信息专报, one article under the masthead, no 目录': { seed: 13, style: 'info-report', articles: 1, paragraphs: [12, 16], sentences: [2, 5], headings: true, latin: true, photos: false, reflections: 0, gallery: 0, empty: [] },
  '主题教育简报': { seed: 14, style: 'theme-education', articles: 6, paragraphs: [3, 10], sentences: [1, 5], headings: true, latin: false, photos: false, reflections: 4, gallery: 0, empty: [] },
};
