import type { WordBlock, WordParagraph } from './word-document.ts';

/**
 * What comes before a Word file's article and is not it: a cover page (school, class, name,
 * student number, date) and the file's own 目录, whether a TOC field made it or the contributor
 * typed lines ending in page numbers. Found here so that they never become the title or headings.
 */

/** `姓名：张三`, `学 号 2021001`, `指导教师：___`: a cover's fields, opening a line or after a value on it. */
const COVER_FIELD =
  /(?:^|\s)(?:学\s*院|学\s*校|院\s*系|系\s*别|专\s*业|班\s*级|年\s*级|姓\s*名|学\s*号|指导(?:教师|老师)|任课(?:教师|老师)|课\s*程(?:名\s*称)?|日\s*期|单\s*位|成\s*绩|完成日期|提交日期|学\s*期|小组成员|组\s*长|组\s*员)\s*[:：_＿]/u;
/** `科目：…`, `学年学期：[]`: a label of a few words and a short value, no sentence. */
const LABELLED = /^[\p{Script=Han}\s]{2,10}[:：]\s*[^。！？，；]{0,30}$/u;
const isField = (t: string) => COVER_FIELD.test(t) || LABELLED.test(t);
/** A cover holds a few lines: a title, the fields, a date. */
const COVER_LINES = 15;
/** `一、实践背景……3`, `1.1 概述 5`: a 目录 line, its page number at the end. */
const TOC_LINE = /^\S.{0,60}?[\s.…·．\-_—]*\d{1,3}$/u;
const TOC_TITLE = /^(?:目\s*录|目\s*次|CONTENTS?|Contents?)$/u;

export const paragraphText = (p: WordParagraph) => p.label + p.runs.map((r) => r.text).join('');
const textOf = (b: WordBlock) => (b.kind === 'paragraph' ? paragraphText(b).replace(/\s+/gu, ' ').trim() : '');
/** A paragraph of running prose: long, finished with a full stop. */
const isProse = (t: string) => [...t].length >= 30 && /[。！？]/u.test(t);

/** The blocks of the file's own table of contents: TOC fields and styles, or typed lines ending in page numbers after a 目录 line. */
function tocBlocks(blocks: WordBlock[]): Set<number> {
  const found = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && b.toc) found.add(i);
  });
  for (let i = 0; i < blocks.length; i++) {
    if (!TOC_TITLE.test(textOf(blocks[i]!).replace(/\s+/gu, ''))) continue;
    found.add(i);
    // The typed lines under a 目录 heading, blank lines between them allowed.
    for (let j = i + 1; j < blocks.length; j++) {
      const t = textOf(blocks[j]!);
      if (!t && blocks[j]!.kind === 'paragraph') continue;
      if (!TOC_LINE.test(t) && !found.has(j)) break;
      found.add(j);
    }
  }
  return found;
}

/**
 * The cover: the first page, when the file starts a new page after it and it holds a cover's
 * fields or no prose at all (a title page); or, without a page break, two or more cover fields
 * opening the file.
 */
function coverBlocks(blocks: WordBlock[], toc: Set<number>): Set<number> {
  const found = new Set<number>();
  const firstBreak = blocks.findIndex((b, i) => i > 0 && b.kind === 'paragraph' && b.pageBreakBefore);
  const lines = (from: number, to: number) => blocks.slice(from, to).map(textOf).filter(Boolean);
  // A first page that is the whole file, or holds prose, or is only the 目录, is no cover.
  if (firstBreak > 0 && firstBreak < blocks.length - 1 && !blocks.slice(0, firstBreak).every((b, i) => toc.has(i) || !textOf(b))) {
    const page = lines(0, firstBreak);
    if (!page.some(isProse) && (page.some(isField) || page.length <= COVER_LINES)) for (let i = 0; i < firstBreak; i++) found.add(i);
    return found;
  }
  // Without a page break: the fields opening the file, under at most two lines of the cover's own heading.
  let i = 0;
  let heads = 0;
  while (i < blocks.length && heads < 2 && textOf(blocks[i]!) && !isField(textOf(blocks[i]!)) && !isProse(textOf(blocks[i]!)) && [...textOf(blocks[i]!)].length <= 30) (i++, heads++);
  const start = i;
  let fieldCount = 0;
  for (; i < blocks.length; i++) {
    const t = textOf(blocks[i]!);
    if (t && !isField(t)) break;
    if (t) fieldCount++;
  }
  if (fieldCount >= 2 && (fieldCount >= 3 || start === 0)) for (let k = 0; k < i; k++) if (textOf(blocks[k]!)) found.add(k);
  return found;
}

/** Indexes of the paragraphs that are front matter (cover and 目录), in order; a picture on a cover is still kept. */
export function frontMatter(blocks: WordBlock[]): Set<number> {
  const toc = tocBlocks(blocks);
  const cover = coverBlocks(blocks, toc);
  return new Set([...cover, ...toc].filter((i) => blocks[i]!.kind === 'paragraph').sort((a, b) => a - b));
}
