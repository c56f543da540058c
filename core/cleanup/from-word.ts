import type { WordBlock, WordDocument, WordParagraph, WordPicture } from './word-document.ts';
import type { BlockLook, RawBlock, Run } from './raw-block.ts';
import { cleanArticle, type CleanArticle, type CleanParagraph } from './clean-article.ts';
import { cleanParagraphText } from './clean-text.ts';
import { isPageNumber } from './noise.ts';
import { isHeading, looksLikeTitle, numberedLevel } from './structure.ts';
import { frontMatter, paragraphText } from './word-front-matter.ts';
import { tableLines } from './word-tables.ts';
import type { CleanupWarning } from './damage.ts';
import type { RemovedText } from './removed.ts';
import { imageSize } from '../model/image-size.ts';
import { MAX_PHOTO_BYTES } from '../model/photo.ts';

/**
 * A Word or WPS document (.docx, .doc, .wps: see word-document.ts) made into an article, one way
 * for every format, as from-pdf.ts does for PDFs:
 * - an automatic number is written before its paragraph's text as Word shows it, and a short
 *   numbered paragraph is a heading of the level its number says (一、 1, （一） 2, 1. 3, （1） 4);
 * - a short paragraph standing alone that is bold, in a heading style or in larger type is a
 *   heading; the first one, centred or larger, is the title;
 * - a table's rows become lines (word-tables.ts), with a warning naming the table;
 * - footnotes and endnotes become a 注释 block at the end, their marks （注1） in the text;
 * - pictures stay where they stood as photos with their captions; one that cannot be printed
 *   (EMF, WMF, BMP, TIFF, or missing) becomes an empty photo slot with a warning;
 * - the cover page, the file's own 目录 and its running heads are left out, listed in a warning.
 */

/** A heading is short: a title or section line, never a sentence. */
const HEADING_CHARS = 40;
/** Types a briefing prints; any other picture becomes a slot. */
const PRINTABLE = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
const printable = (p: WordPicture) => PRINTABLE.has(p.mime) && p.bytes.length > 0 && p.bytes.length <= MAX_PHOTO_BYTES;
const KIND_NAMES: Record<string, string> = { 'image/bmp': 'BMP', 'image/tiff': 'TIFF', 'image/emf': 'EMF', 'image/wmf': 'WMF' };

/** `图1 …`, `图为…`, `▲…`, `（图…）`: a caption by its words; or one by its style. */
const CAPTION_WORDS = /^(?:图\s*[\d一二三四五六七八九十]+|图为|图片|▲|△|（图|\(图)/u;
const CAPTION_STYLE = /^(?:caption|题注)$/iu;

const hanCount = (t: string) => [...t].length;
const allBold = (p: WordParagraph) => p.runs.some((r) => r.text.trim()) && p.runs.every((r) => !r.text.trim() || r.bold);

/** The size most of the body's text is set in (half-points), weighted by characters. */
function bodySize(blocks: WordBlock[]): number | null {
  const weight = new Map<number, number>();
  for (const b of blocks)
    if (b.kind === 'paragraph' && !b.cell) for (const r of b.runs) if (r.halfPoints) weight.set(r.halfPoints, (weight.get(r.halfPoints) ?? 0) + r.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function largest(p: WordParagraph): number {
  return Math.max(0, ...p.runs.filter((r) => r.text.trim()).map((r) => r.halfPoints ?? 0));
}

interface Built {
  blocks: RawBlock[];
  warnings: CleanupWarning[];
  removed: RemovedText[];
  /** Note ids in the order their marks stand, each with its number. */
  noteNumbers: Map<string, number>;
}

/** Runs of a paragraph: its label first, note marks as （注N）, tabs as spaces. */
function runsOf(p: WordParagraph, notes: Map<string, number>): Run[] {
  const runs: Run[] = p.label ? [{ text: p.label, ...(p.runs[0]?.bold ? { bold: true } : {}) }] : [];
  for (const r of p.runs) {
    if (r.noteRef) {
      const n = notes.get(r.noteRef) ?? notes.size + 1;
      notes.set(r.noteRef, n);
      runs.push({ text: `（注${n}）` });
      continue;
    }
    runs.push({ text: r.text.replace(/\t/gu, ' '), ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) });
  }
  return runs;
}

/** Blocks of one paragraph: a line break inside it starts a line that may go on with the one before. */
function linesOf(runs: Run[], hint: RawBlock['hint']): RawBlock[] {
  const out: RawBlock[] = [{ runs: [], continues: false, ...(hint ? { hint } : {}) }];
  for (const r of runs) {
    r.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push({ runs: [], continues: true, ...(hint ? { hint } : {}) });
      if (part) out.at(-1)!.runs.push({ ...r, text: part });
    });
  }
  return out.filter((b) => b.runs.length);
}

/** What a paragraph outside a table is: the title, a heading of some level, or text. */
function hintOf(p: WordParagraph, text: string, body: number | null, firstText: boolean, lastNumbered: number): RawBlock['hint'] {
  const plain = text.replace(/\s+/gu, '');
  const short = hanCount(plain) <= HEADING_CHARS && !/[。！？；，,;].+/u.test(plain.slice(0, -1)) && !/[。；，,;]$/u.test(plain);
  const titleStyle = /^(?:title|标题)$/iu.test(p.style ?? '');
  const larger = body !== null && largest(p) >= body + 2;
  // `【自我介绍】`: a section's label, as speeches and reports head their parts, never the title.
  if (/^【[^】]{2,20}】$/u.test(plain)) return { kind: 'heading', level: 1 };
  if (firstText && !p.label && (titleStyle || (short && looksLikeTitle(plain) && (p.align === 'center' || larger || allBold(p))))) return { kind: 'title' };
  if (!short || p.bullet) return undefined;
  const numbered = isHeading(text) ? numberedLevel(text) : null;
  if (numbered !== null) return { kind: 'heading', level: numbered };
  if (p.label) return p.outlineLevel ? { kind: 'heading', level: Math.min(4, p.outlineLevel) } : undefined;
  if (p.outlineLevel && p.outlineLevel <= 4) return { kind: 'heading', level: p.outlineLevel };
  // A bold or larger line of its own, with no clause in it: a subhead under the last numbered level.
  if ((allBold(p) || larger) && hanCount(plain) >= 2 && !/[，、；]/u.test(plain)) return { kind: 'heading', level: Math.min(4, lastNumbered + 1) };
  return undefined;
}

/** A picture as a figure block; `photo` names it ('' where it cannot be printed, with the reason in `problem`). */
function figureOf(picture: WordPicture, photo: string, caption: Run[]): { block: RawBlock; problem: string | null } {
  const size = photo ? imageSize(picture.bytes) : null;
  const kind = KIND_NAMES[picture.mime];
  const problem = photo
    ? null
    : !picture.bytes.length
      ? '图片未能从文件中读出，已留空照片位，请另行提供照片'
      : picture.bytes.length > MAX_PHOTO_BYTES
        ? '图片超过 30 MB，已留空照片位，请压缩后插入'
        : `图片是 ${kind ?? '无法识别的'} 格式，简报无法直接使用，已留空照片位，请另存为 JPG 或 PNG 后插入`;
  return { block: { runs: caption, continues: false, hint: { kind: 'figure', photo, ...(size ?? {}) } }, problem };
}

/** How a paragraph is set: its largest type, its first text's colour, centring, and a page started before it. */
function lookOf(p: WordParagraph): BlockLook {
  const size = largest(p);
  const colour = p.runs.find((r) => r.text.trim())?.colour;
  return { ...(size ? { size: size / 2 } : {}), ...(colour ? { colour } : {}), ...(p.align === 'center' ? { centred: true } : {}), ...(p.pageBreakBefore ? { pageStart: true } : {}) };
}

/**
 * The document's blocks, each with its look. A contributor's cover and 目录 are left out and listed;
 * a past briefing (`keepFront`) keeps them, since its masthead and 目录 are what is read from it.
 */
function build(doc: WordDocument, photoId: (picture: WordPicture) => string, keepFront = false): Built {
  const built: Built = { blocks: [], warnings: [], removed: [], noteNumbers: new Map() };
  const front = keepFront ? new Set<number>() : frontMatter(doc.blocks);
  if (front.size) {
    const lines = [...front].map((i) => doc.blocks[i]!).flatMap((b) => (b.kind === 'paragraph' ? [paragraphText(b).replace(/\s+/gu, ' ').trim()] : [])).filter(Boolean);
    built.removed.push(...lines.map((text) => ({ text, rule: 'frontMatter' as const })));
    if (lines.length) built.warnings.push({ text: lines.join(' / '), message: `封面和目录（${lines.length} 行）不是正文，未导入，请核对` });
  }
  const heads = doc.headers.filter((h) => !isPageNumber(h));
  if (heads.length) {
    built.removed.push(...heads.map((text) => ({ text, rule: 'runningHead' as const })));
    built.warnings.push({ text: heads.join(' / '), message: '是页眉页脚，未导入' });
  }
  const body = bodySize(doc.blocks.filter((_, i) => !front.has(i)));
  let firstText = true;
  let lastNumbered = 0;
  let captionBefore: number | null = null;
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (front.has(i)) continue;
    const b = blocks[i]!;
    if (b.kind === 'picture') {
      // Its caption: the paragraph right after it that reads or is styled as one; else a caption line right before it.
      // Empty paragraphs between a picture and its caption only make space.
      let at = i + 1;
      while (at < blocks.length && at <= i + 3 && isEmptyParagraph(blocks[at]!)) at++;
      const next = blocks[at];
      let caption: Run[] = [];
      if (next?.kind === 'paragraph' && !next.cell && !front.has(at) && isCaption(next)) {
        caption = runsOf(next, built.noteNumbers);
        built.removed.push({ text: paragraphText(next).trim(), rule: 'caption' });
        i = at;
      } else if (captionBefore !== null && captionBefore === built.blocks.length - 1) {
        caption = built.blocks.pop()!.runs;
        built.removed.push({ text: caption.map((r) => r.text).join(''), rule: 'caption' });
      }
      captionBefore = null;
      const photo = printable(b) ? photoId(b) : '';
      const { block, problem } = figureOf(b, photo, caption);
      built.blocks.push(block);
      if (problem) built.warnings.push({ text: caption.map((r) => r.text).join('') || b.description || `第 ${built.blocks.filter((x) => x.hint?.kind === 'figure').length} 张图片`, message: problem });
      continue;
    }
    if (b.cell) {
      const table = b.cell.table;
      const cells: WordParagraph[] = [];
      const after: number[] = [];
      let j = i;
      for (; j < blocks.length; j++) {
        const x = blocks[j]!;
        if (x.kind === 'picture') after.push(j);
        else if (x.cell?.table === table) cells.push(x);
        else break;
      }
      const { lines, rows } = tableLines(cells, (p) => runsOf(p, built.noteNumbers).map((r) => r.text).join(''));
      for (const line of lines) built.blocks.push({ runs: [{ text: line.text }], continues: false, ...(line.cells ? { cells: line.cells } : {}) });
      if (rows > 1) built.warnings.push({ text: lines[0]?.text.slice(0, 40) ?? '', message: `表格已按行转为文字（${rows} 行），单元格之间以空格分隔，请核对` });
      // Pictures that stood in the table come after its text.
      for (const k of after) {
        const picture = blocks[k] as WordPicture;
        const photo = printable(picture) ? photoId(picture) : '';
        const { block, problem } = figureOf(picture, photo, []);
        built.blocks.push(block);
        if (problem) built.warnings.push({ text: picture.description ?? '表格中的图片', message: problem });
      }
      if (lines.length) firstText = false;
      i = j - 1;
      continue;
    }
    const runs = runsOf(b, built.noteNumbers);
    const text = runs.map((r) => r.text).join('').trim();
    if (!text) continue;
    const hint = hintOf(b, text, body, firstText, lastNumbered);
    firstText = false;
    if (hint?.kind === 'heading' && numberedLevel(text) !== null) lastNumbered = hint.level;
    // A title's or heading's own bold is the template's to print, not a mark of the words.
    const lines = linesOf(hint ? runs.map((r) => ({ text: r.text })) : runs, hint).map((line) => ({ ...line, look: lookOf(b) }));
    built.blocks.push(...lines);
    // A short line before a picture may be its caption, set above it.
    let picture = i + 1;
    while (picture < blocks.length && picture <= i + 3 && isEmptyParagraph(blocks[picture]!)) picture++;
    captionBefore = !hint && lines.length === 1 && blocks[picture]?.kind === 'picture' && isCaption(b) ? built.blocks.length - 1 : null;
  }
  return built;
}

const isEmptyParagraph = (b: WordBlock) => b.kind === 'paragraph' && !b.cell && !paragraphText(b).trim();

/**
 * A picture's caption: styled as one (题注), or worded as one (`图1…`, `图为…`), or a short line of
 * its own that is no sentence, no heading and no item of a list.
 */
function isCaption(p: WordParagraph): boolean {
  const t = paragraphText(p).trim();
  if (!t || hanCount(t) > 60) return false;
  if (CAPTION_STYLE.test(p.style ?? '') || CAPTION_WORDS.test(t)) return true;
  return !p.label && !p.bullet && !p.outlineLevel && !allBold(p) && hanCount(t) <= 40 && !/[。！？；：:]/u.test(t) && numberedLevel(t) === null;
}

/** The 注释 block: a line saying so, then each note with its number, in the order of their marks (notes never marked last). */
function notesBlock(doc: WordDocument, numbers: Map<string, number>): CleanParagraph[] {
  if (!doc.notes.length) return [];
  const ordered = [...doc.notes].sort((a, b) => (numbers.get(a.id) ?? Infinity) - (numbers.get(b.id) ?? Infinity));
  let n = numbers.size;
  const lines = ordered
    .filter((note) => note.text.trim())
    .map((note) => {
      const number = numbers.get(note.id) ?? ++n;
      const text = cleanParagraphText(`（注${number}）${note.text.replace(/\s*\n\s*/gu, ' ').trim()}`);
      return { kind: 'paragraph' as const, text, runs: [{ text }] };
    });
  return lines.length ? [{ kind: 'paragraph', text: '注释', runs: [{ text: '注释', bold: true }] }, ...lines] : [];
}

/**
 * The article a Word document holds, cleaned. `photoId` names a printable picture for the store (its
 * content hash); pictures it is not called for become empty slots.
 */
export function wordToArticle(doc: WordDocument, photoId: (picture: WordPicture) => string): CleanArticle {
  const built = build(doc, photoId);
  const article = cleanArticle(built.blocks, { headsFound: true, removed: built.removed });
  const notes = notesBlock(doc, built.noteNumbers);
  if (notes.length) built.warnings.push({ text: '注释', message: `脚注和尾注（${notes.length - 1} 条）已移到文末“注释”，正文中的注码改为（注1）等，请核对` });
  const problems = doc.problems.map((message) => ({ text: '', message }));
  return {
    ...article,
    paragraphs: [...article.paragraphs, ...notes],
    warnings: [...problems, ...built.warnings, ...article.warnings],

  };
}

/**
 * A past briefing's blocks, in order, masthead and 目录 included, with the pictures named by
 * `photoId` and what its reader noticed (running heads left out, tables, pictures it could not keep).
 */
export function briefingBlocks(doc: WordDocument, photoId: (picture: WordPicture) => string): { blocks: RawBlock[]; warnings: CleanupWarning[]; removed: RemovedText[] } {
  const built = build(doc, photoId, true);
  const notes = doc.notes.length ? [{ text: '', message: `原文有 ${doc.notes.length} 条脚注或尾注，未导入，请核对` }] : [];
  return { blocks: built.blocks, warnings: [...doc.problems.map((message) => ({ text: '', message })), ...built.warnings, ...notes], removed: built.removed };
}

/** The document's text as its file holds it, before any cleanup (for 查看改动): labels, tables by cell, notes. */
export function wordText(doc: WordDocument): string {
  const lines = [
    ...doc.headers,
    ...doc.blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b).replace(/\t/gu, ' ') : '【照片】')),
    ...doc.notes.map((n) => n.text),
  ];
  return lines.filter((l) => l.trim()).join('\n');
}
