import { cleanParagraphText, cleanTitleText } from './clean-text.ts';
import { newTally, type ChangeCounts } from './tally.ts';
import { removePinyin, toSimplified } from './script.ts';
import { CONTINUATION, isPageNumber, noiseRule, runningHeads } from './noise.ts';
import { findDamage, type CleanupWarning } from './damage.ts';
import { blockText, type RawBlock, type Run } from './raw-block.ts';
import { bylineOf, bylineUnderTitle, captionOf, CAPTION_END, isHeading, isPhotoCredit, isSourceLine, looksLikeTitle, numberedLevel } from './structure.ts';
import { joinLines, type Line } from './joins.ts';
import { columnWidth, displayWidth, fillsColumn } from './line-width.ts';
import { readsAsArticleText, splitSourceLine, withoutTail } from './tail.ts';
import { normalizePunctuation } from './punctuation.ts';
import { noNonXml, takeOutNonXml, type NonXmlReport } from '../model/xml-chars.ts';
import { removalWarnings, type RemovalRule, type RemovedText } from './removed.ts';
import { CELL_GAP } from './word-tables.ts';

export type ParagraphKind = 'paragraph' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'source' | 'figure';

export interface CleanParagraph {
  kind: ParagraphKind;
  /** A figure's caption. */
  text: string;
  runs: Run[];
  /** A figure's photo (its content hash, '' for a slot waiting for one) and pixel size. */
  photo?: string;
  width?: number;
  height?: number;
}

/** What a cleanup makes of a contributor's text: the article's parts, what was changed, and what to check. */
export interface CleanArticle {
  title: string;
  subtitle: string;
  byline: string;
  paragraphs: CleanParagraph[];
  captions: string[];
  warnings: CleanupWarning[];
  changes: ChangeCounts;
  /** Every line a rule took out or moved aside, with the rule: the clerk sees them under 查看改动. */
  removed: RemovedText[];
}

export interface CleanOptions {
  /**
   * The reader found the running heads itself (a PDF's margins, a Word file's header parts): a
   * line that comes back in the text is the text's own (a table's cells), never taken as one.
   */
  headsFound?: boolean;
  /** What the reader already left out (a web page's frame, a Word file's cover): listed with what the cleanup removes. */
  removed?: RemovedText[];
}

/** How many more lines a caption the layout broke may take. */
const CAPTION_LINES = 3;

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/gu;
/** `#` and `##` left by an extraction that wrote Markdown. */
const MARKDOWN_HEADING = /^\s*#{1,6}\s*/u;

/** A page break (form feed) or vertical tab in a PDF's text only separates, like a space. */
const PAGE_BREAK = /[\f\v]/gu;
/** Names of media, which a news item cites at its end. */
const MEDIUM = /(网|报|台|社|新闻|杂志|在线|客户端|公众号|频道)$/u;

function normalizeRun(run: Run, tally: ChangeCounts, nonXml: NonXmlReport): Run {
  let text = takeOutNonXml(run.text.replace(PAGE_BREAK, ' '), nonXml).normalize('NFC').replace(INVISIBLE, '').replace(/\u00a0/gu, ' ');
  text = toSimplified(removePinyin(text, tally), tally);
  return { ...run, text };
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.replace(/^[\s\u3000]+/u, '');
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.replace(/[\s\u3000]+$/u, '');
  return out.filter((r) => r.text);
}

/** A source line with the page's tail glued to it becomes two lines, so that the tail can go. */
function splitSourceLines(blocks: RawBlock[]): RawBlock[] {
  return blocks.flatMap((b) => {
    const parts = b.runs.length === 1 ? splitSourceLine(b.runs[0]!.text) : null;
    return parts ? [{ ...b, runs: [{ text: parts[0] }] }, { runs: [{ text: parts[1] }], continues: false }] : [b];
  });
}

/**
 * A caption the layout broke over lines: its first line and, where the column broke it, those
 * after it up to the one that finishes it (a credit, a full stop), if one does within a few lines;
 * and a credit on a line of its own.
 */
function captionAt(texts: string[], i: number, column: number | null): { caption: string; lines: number } | null {
  const first = captionOf(texts[i]!);
  if (first === null) return null;
  let caption = texts[i]!.trim();
  let lines = 1;
  // Only a caption line the column filled was broken by it.
  if (!CAPTION_END.test(caption) && column !== null && fillsColumn(displayWidth(texts[i]!), column))
    for (let j = i + 1; j < texts.length && j <= i + CAPTION_LINES; j++) {
      if (!texts[j]!.trim()) break;
      if (CAPTION_END.test(texts[j]!.trim())) {
        caption = texts.slice(i, j + 1).join('');
        lines = j - i + 1;
        break;
      }
    }
  if (texts[i + lines] !== undefined && isPhotoCredit(texts[i + lines]!)) caption += texts[i + lines++]!.trim();
  return { caption: captionOf(caption.replace(/\s+/gu, ' ').trim()) ?? first, lines };
}

/**
 * Cleans a contributor's text: script and pinyin, boilerplate and page furniture, lines broken
 * inside sentences, spaces and punctuation; then finds its title, subtitle, headings, byline,
 * captions and source. Wording is never changed, and damage it cannot repair is only reported.
 * What a rule takes out is listed in `removed`, and a removed line that reads as the article's own
 * words is also a warning.
 */
export function cleanArticle(input: RawBlock[], options: CleanOptions = {}): CleanArticle {
  const tally = newTally();
  const nonXml = noNonXml();
  const removed: RemovedText[] = [...(options.removed ?? [])];
  const remove = (text: string, rule: RemovalRule) => {
    if (text.trim()) removed.push({ text: text.trim(), rule });
  };
  const blocks = splitSourceLines(input.map((b) => ({ ...b, runs: b.runs.map((r) => normalizeRun(r, tally, nonXml)) })));
  const rawTexts = blocks.map(blockText);
  const heads = options.headsFound ? new Set<string>() : runningHeads(rawTexts.filter((_, i) => blocks[i]!.hint?.kind !== 'figure'));
  const widths = rawTexts.map((t) => displayWidth(t.replace(/\s+$/u, '')));
  const column = columnWidth(widths);
  const captions: string[] = [];

  // Drop what is not the article, and note where a paragraph was cut by a continuation marker.
  const kept: Line[] = [];
  let forceJoin = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = rawTexts[i]!.trim();
    if (block.hint?.kind === 'figure') {
      const { photo, width, height } = block.hint;
      kept.push({ runs: trimRuns(block.runs), continues: false, afterBlank: true, width: widths[i]!, heading: null, title: false, figure: { photo, width, height } });
      forceJoin = false;
      continue;
    }
    if (!text) {
      // A blank line of plain text only separates; an empty paragraph of a document is dropped.
      if (!block.continues) tally.emptyParagraphs++;
      continue;
    }
    const noise = noiseRule(text);
    if (noise) {
      tally.boilerplate++;
      remove(text, noise);
      continue;
    }
    const furniture: RemovalRule | null = block.hint?.kind === 'furniture' ? 'pageFurniture' : isPageNumber(text) ? 'pageNumber' : heads.has(text) ? 'runningHead' : null;
    if (furniture) {
      tally.pageFurniture++;
      remove(text, furniture);
      continue;
    }
    const marker = (found: string) => {
      tally.pageFurniture++;
      remove(found, 'pageFurniture');
      return '';
    };
    const withoutMarker = block.runs.map((r, k) => ({
      ...r,
      text: (k === 0 ? r.text.replace(MARKDOWN_HEADING, marker) : r.text).replace(CONTINUATION, marker).replace(/\*\*/gu, ''),
    }));
    if (!blockText({ runs: withoutMarker }).trim()) {
      forceJoin = true;
      continue;
    }
    const caption = captionAt(rawTexts, i, column);
    if (caption) {
      captions.push(normalizePunctuation(caption.caption));
      tally.captions++;
      remove(rawTexts.slice(i, i + caption.lines).join('\n'), 'caption');
      i += caption.lines - 1;
      continue;
    }
    const level = block.hint?.kind === 'heading' ? block.hint.level : isHeading(text) ? numberedLevel(text) : null;
    kept.push({
      runs: trimRuns(withoutMarker),
      ...(block.cells ? { cells: block.cells } : {}),
      continues: block.continues || forceJoin,
      afterBlank: Boolean(block.afterBlank) && !forceJoin,
      width: widths[i]!,
      heading: level,
      title: block.hint?.kind === 'title',
    });
    forceJoin = false;
  }

  const joined = joinLines(kept, column, tally);
  const clean = (runs: Run[]) => runs.map((r) => ({ ...r, text: cleanParagraphText(r.text, tally) })).filter((r) => r.text);
  // A table's row keeps the full-width space between its cells, which the cleanup would take out beside Chinese.
  const cleanRow = (cells: string[]) => [{ text: cells.map((c) => cleanParagraphText(c, tally)).filter(Boolean).join(CELL_GAP) }].filter((r) => r.text);
  const cleaned = joined
    .map((w) => ({ ...w, raw: blockText(w).replace(/\s+/gu, ' ').trim(), runs: w.cells ? cleanRow(w.cells) : clean(w.runs) }))
    .filter((w) => w.runs.length || w.figure);
  // After the source or the signature, the page's tail (account cards, headlines, links) goes.
  const bodyStart = cleaned.findIndex((w) => w.heading === null && !w.title && !w.figure && readsAsArticleText(blockText(w)));
  const keep = withoutTail(cleaned.map((w) => (w.figure ? '' : w.raw)), Math.max(0, bodyStart));
  tally.boilerplate += cleaned.length - keep;
  for (const w of cleaned.slice(keep)) remove(w.raw, 'tail');
  const paragraphs = cleaned.slice(0, keep);
  // A document that opens with a picture (a logo) and then its title: the title first, the picture in the body.
  const lead = paragraphs.findIndex((p) => !p.figure);
  if (lead > 0 && paragraphs[lead]!.title) paragraphs.unshift(...paragraphs.splice(lead, 1));
  const texts = paragraphs.map((p) => blockText(p));

  // Title: marked as one, or `【…】` opening the text, or a short first line that is not a sentence.
  let title = '';
  let subtitle = '';
  let start = 0;
  const first = paragraphs[0]?.figure ? '' : (texts[0] ?? '');
  const bracketed = /^【([^】]{2,50})】(.*)$/u.exec(first);
  if (paragraphs[0]?.title || (paragraphs.length > 1 && !paragraphs[0]!.figure && looksLikeTitle(first) && paragraphs[0]!.heading === null)) {
    // A title keeps the space between its two phrases (`学思践悟新思想 知行合一担使命`).
    title = cleanTitleText(paragraphs[0]!.raw);
    start = 1;
  } else if (bracketed && paragraphs[0]!.heading === null) {
    title = bracketed[1]!;
    texts[0] = bracketed[2]!.trim();
    paragraphs[0]!.runs = [{ text: texts[0] }];
    if (!texts[0]) start = 1;
  }
  if (title && !paragraphs[start]?.figure && /^[—－-]{1,2}/u.test(texts[start] ?? '')) {
    subtitle = texts[start]!.replace(/^[—－-]+\s*/u, '——');
    start++;
  }

  // Byline under the title, or the signature at the end (before the source lines), alone or closing the last paragraph.
  let byline = '';
  const under = title && start < paragraphs.length - 1 && !paragraphs[start]!.figure ? bylineUnderTitle(paragraphs[start]!.raw) : null;
  if (under !== null) {
    byline = under;
    remove(paragraphs[start]!.raw, 'byline');
    start++;
  }
  let end = paragraphs.length;
  while (end > start && isSourceLine(texts[end - 1]!)) end--;
  const lastAlone = !byline && end > start && !paragraphs[end - 1]!.figure ? bylineOf(paragraphs[end - 1]!.raw) : null;
  const signed = lastAlone !== null ? end - 1 : -1;
  if (lastAlone !== null) {
    byline = lastAlone;
    remove(paragraphs[end - 1]!.raw, 'byline');
  }

  const out: CleanParagraph[] = paragraphs.slice(start).flatMap((p, i): CleanParagraph[] => {
    if (start + i === signed) return [];
    const text = texts[start + i]!;
    if (p.figure) return [{ kind: 'figure', text, runs: p.runs.map((r) => ({ text: r.text })), photo: p.figure.photo, ...sizeOf(p.figure) }];
    const kind: ParagraphKind = isSourceLine(text) ? 'source' : p.heading !== null ? (`heading${Math.min(4, Math.max(1, p.heading))}` as ParagraphKind) : 'paragraph';
    return [{ kind, text, runs: p.runs }];
  });
  if (!byline && out.length && out.at(-1)!.kind === 'paragraph') {
    const last = out.at(-1)!;
    const trailing = /^(.*[。！？”])\s*[（(]([\p{Script=Han}·、]{2,12})[)）]$/u.exec(last.text);
    if (trailing) {
      last.text = trailing[1]!;
      last.runs = [{ text: last.text }];
      // `（唐山文明网）` names where it came from; `（王维平）` who wrote it.
      if (MEDIUM.test(trailing[2]!)) out.push({ kind: 'source', text: `（${trailing[2]}）`, runs: [{ text: `（${trailing[2]}）` }] });
      else {
        byline = trailing[2]!;
        remove(`（${trailing[2]}）`, 'byline');
      }
    }
  }

  // Characters no document can hold mean damaged source text: taken out, and said where.
  const unprintable = [...new Set(nonXml.places)].map((place) => ({ text: place, message: '后面有无法打印的控制字符，已删除；来源文本可能有损坏，请对照原稿核对' }));
  const warnings = [...unprintable, ...[title, subtitle, ...out.map((p) => p.text), byline, ...captions].flatMap(findDamage), ...removalWarnings(removed)];
  return { title, subtitle, byline, paragraphs: out, captions, warnings, changes: tally, removed };
}

function sizeOf(figure: { width?: number; height?: number }): { width?: number; height?: number } {
  return figure.width && figure.height ? { width: figure.width, height: figure.height } : {};
}
