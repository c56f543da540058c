import { cleanArticle, type CleanArticle } from '../cleanup/clean-article.ts';
import type { CleanupWarning } from '../cleanup/damage.ts';
import type { RawBlock } from '../cleanup/raw-block.ts';
import { isMoved, REMOVAL_RULES } from '../cleanup/removed.ts';
import { bylineOf, closesArticle, looksLikeTitle } from '../cleanup/structure.ts';
import type { DocNode } from '../model/doc.ts';
import { newId } from '../model/ids.ts';
import { NODE, type ItemKind } from '../model/nodes.ts';
import { asArticle, figureOf } from '../template/as-article.ts';
import { asReflection } from '../template/as-reflection.ts';
import { compact, isSectionHeading, lineOf, listedAs } from './lines.ts';
import { tocTitle } from './toc.ts';

/** Text of the past briefing that went into no item, and why. */
export interface LeftOut {
  text: string;
  why: string;
}

/** What the clerk is told: warnings to check, and every line left out. */
export interface Findings {
  warnings: CleanupWarning[];
  leftOut: LeftOut[];
}

/** A section of the past briefing: its heading, what its items are, and the items. */
export interface SectionFound {
  heading: string;
  kind: ItemKind;
  items: DocNode[];
  /** Each item as the preview names it: an article's title, a 心得's signature, a photo's caption. */
  names: string[];
}

/** Blocks that go into no item, each listed with why. */
export function leave(blocks: RawBlock[], why: string, findings: Findings): void {
  for (const b of blocks) {
    const text = listedAs(b);
    if (text) findings.leftOut.push({ text, why });
  }
}

/** The type size most of the text is set in, weighted by characters. */
function bodySize(blocks: RawBlock[]): number | null {
  const weight = new Map<number, number>();
  for (const b of blocks) if (b.look?.size) weight.set(b.look.size, (weight.get(b.look.size) ?? 0) + lineOf(b).length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

interface Context {
  toc: Set<string>;
  body: number | null;
}

/**
 * An article's title: a short line no sentence, byline, numbered subhead or subtitle, that the
 * 目录 lists, or that is set centred in larger type than the text, or that opens the section or
 * follows an article's byline.
 */
function isTitle(blocks: RawBlock[], i: number, ctx: Context): boolean {
  const b = blocks[i]!;
  const line = lineOf(b);
  if (b.hint?.kind === 'figure' || !looksLikeTitle(line) || bylineOf(line) !== null || /^[—－-]/u.test(line)) return false;
  if (ctx.toc.has(tocTitle(line))) return true;
  const size = b.look?.size;
  if (b.look?.centred && size && ctx.body && size >= ctx.body + 2) return true;
  const before = blocks.slice(0, i).findLast((x) => x.hint?.kind !== 'figure');
  return !before || closesArticle(lineOf(before));
}

function cleaned(blocks: RawBlock[], name: string, findings: Findings): CleanArticle {
  const article = cleanArticle(blocks, { headsFound: true });
  for (const w of article.warnings) findings.warnings.push({ text: w.text, message: `${w.message}（${name}）` });
  for (const r of article.removed) if (!isMoved(r)) findings.leftOut.push({ text: r.text, why: `${name}中的${REMOVAL_RULES[r.rule]}` });
  return article;
}

/** Articles: each from its title to the next; what stands before the first is listed as left out. */
function articles(heading: string, blocks: RawBlock[], starts: number[], findings: Findings): SectionFound {
  const found: SectionFound = { heading, kind: NODE.article, items: [], names: [] };
  leave(blocks.slice(0, starts[0]), `${heading}中第一篇文章标题前的文字`, findings);
  starts.forEach((start, k) => {
    const part = blocks.slice(start, starts[k + 1] ?? blocks.length);
    const title = lineOf(part[0]!);
    const article = cleaned([{ ...part[0]!, hint: { kind: 'title' } }, ...part.slice(1)], `《${title}》`, findings);
    if (!article.byline) findings.warnings.push({ text: article.title, message: `${heading}中的这篇文章没有找到署名，请核对` });
    found.items.push(asArticle(article, newId()));
    found.names.push(article.title);
  });
  return found;
}

/** 心得: paragraphs each run ends with its signature (`（王维平）`). */
function reflections(heading: string, blocks: RawBlock[], findings: Findings): SectionFound {
  const found: SectionFound = { heading, kind: NODE.reflection, items: [], names: [] };
  let from = 0;
  blocks.forEach((b, i) => {
    const last = i === blocks.length - 1;
    if (!closesArticle(lineOf(b)) && !last) return;
    const part = blocks.slice(from, i + 1);
    from = i + 1;
    const n = found.items.length + 1;
    const article = cleaned(part, `${heading}第 ${n} 篇心得`, findings);
    const { item, lost } = asReflection(article, newId(), 'firstLine');
    for (const l of lost) findings.warnings.push({ text: l.text, message: `${heading}第 ${n} 篇心得中的${l.part}放不进心得，未导入，请核对` });
    if (!article.byline) findings.warnings.push({ text: lineOf(part[0]!).slice(0, 30), message: `${heading}第 ${n} 篇心得没有找到落款，请核对` });
    found.items.push(item);
    found.names.push(article.byline || lineOf(part[0]!).slice(0, 20));
  });
  return found;
}

/**
 * Photos, each with its caption. A caption standing without its picture (a PDF's pictures are not
 * read) becomes a slot with that caption, for the clerk to put the photo in.
 */
function photos(heading: string, blocks: RawBlock[], findings: Findings): SectionFound {
  const found: SectionFound = { heading, kind: NODE.figure, items: [], names: [] };
  for (const b of blocks) {
    const caption = lineOf(b);
    const figure = b.hint?.kind === 'figure' ? b.hint : null;
    if (!figure && !caption) continue;
    if (!figure) findings.warnings.push({ text: caption, message: `${heading}中这张照片未能读出，已留空照片位，请补上照片` });
    found.items.push(figureOf(figure?.photo ?? '', caption, figure ?? {}));
    found.names.push(caption || '（无说明）');
  }
  return found;
}

/** What a section's name says it holds: `【学习掠影】` photos, `【心得体会】` 心得. */
const PHOTO_NAME = /掠影|图片|照片|剪影|影像/u;
const REFLECTION_NAME = /心得|感悟|体会|感想|感言/u;
/** A line of running text: no caption. */
const PROSE = /[。！？；]/u;

/** One section's items: photos where it holds only photos (or captions, under a name of photos), articles where it has titles, else 心得. */
function sectionOf(heading: string, blocks: RawBlock[], ctx: Context, findings: Findings): SectionFound {
  const figures = blocks.filter((b) => b.hint?.kind === 'figure').length;
  const captionsOnly = PHOTO_NAME.test(heading) && blocks.every((b) => b.hint?.kind === 'figure' || !PROSE.test(lineOf(b)));
  if (!blocks.length) {
    findings.warnings.push({ text: heading, message: '这个栏目中没有找到稿件' });
    return { heading, kind: PHOTO_NAME.test(heading) ? NODE.figure : REFLECTION_NAME.test(heading) ? NODE.reflection : NODE.article, items: [], names: [] };
  }
  if (figures === blocks.length || captionsOnly) return photos(heading, blocks, findings);
  const starts = blocks.flatMap((_, i) => (isTitle(blocks, i, ctx) ? [i] : []));
  return starts.length ? articles(heading, blocks, starts, findings) : reflections(heading, blocks, findings);
}

/**
 * The body of a past briefing as its sections: each from its heading `【…】` to the next, read into
 * articles (titles confirmed by the 目录 where it lists them), 心得 or photos. A body without any
 * heading is one section, 【正文】, and said so; text before the first heading is listed as left out.
 */
export function readSections(blocks: RawBlock[], tocTitles: string[], findings: Findings): SectionFound[] {
  const ctx: Context = { toc: new Set(tocTitles), body: bodySize(blocks) };
  const heads = blocks.flatMap((b, i) => (isSectionHeading(b) ? [i] : []));
  if (!heads.length) {
    findings.warnings.push({ text: '', message: '没有找到栏目标题（如【工作动态】），全部稿件放在【正文】栏目中，请核对' });
    return blocks.length ? [sectionOf('【正文】', blocks, ctx, findings)] : [];
  }
  leave(blocks.slice(0, heads[0]), '第一个栏目标题前的文字', findings);
  return heads.map((h, k) => sectionOf(compact(lineOf(blocks[h]!)), blocks.slice(h + 1, heads[k + 1] ?? blocks.length), ctx, findings));
}
