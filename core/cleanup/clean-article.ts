import { cleanParagraphText, cleanTitleText } from './clean-text.ts';
import { SENTENCE_END } from './chars.ts';
import { newTally, type ChangeCounts } from './tally.ts';
import { removePinyin, toSimplified } from './script.ts';
import { CONTINUATION, isBoilerplate, isPageNumber, runningHeads } from './noise.ts';
import { findDamage, type CleanupWarning } from './damage.ts';
import { blockText, type RawBlock, type Run } from './raw-block.ts';
import { bylineOf, captionOf, isHeading, isSourceLine, looksLikeTitle, numberedLevel } from './structure.ts';
import { noNonXml, takeOutNonXml, type NonXmlReport } from '../model/xml-chars.ts';

export type ParagraphKind = 'paragraph' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'source';

export interface CleanParagraph {
  kind: ParagraphKind;
  text: string;
  runs: Run[];
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
}

interface Working {
  runs: Run[];
  continues: boolean;
  afterBlank: boolean;
  heading: number | null;
  title: boolean;
}

/** A short line between blank lines that is not a sentence: a title, never the start of a broken paragraph. */
const STANDALONE_MAX = 25;
/** Names of media, which a news item cites at its end. */
const MEDIUM = /(网|报|台|社|新闻|杂志|在线|客户端|公众号|频道)$/u;

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/gu;
/** `#` and `##` left by an extraction that wrote Markdown. */
const MARKDOWN_HEADING = /^\s*#{1,6}\s*/u;

/** A page break (form feed) or vertical tab in a PDF's text only separates, like a space. */
const PAGE_BREAK = /[\f\v]/gu;

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

/** Joins runs, merging neighbours with the same marks. */
function appendRuns(into: Run[], more: Run[]): void {
  for (const r of more) {
    const last = into.at(-1);
    if (last && Boolean(last.bold) === Boolean(r.bold) && Boolean(last.italic) === Boolean(r.italic)) last.text += r.text;
    else into.push({ ...r });
  }
}

/**
 * Cleans a contributor's text: script and pinyin, boilerplate and page furniture, lines broken
 * inside sentences, spaces and punctuation; then finds its title, subtitle, headings, byline,
 * captions and source. Wording is never changed, and damage it cannot repair is only reported.
 */
export function cleanArticle(input: RawBlock[]): CleanArticle {
  const tally = newTally();
  const nonXml = noNonXml();
  const blocks = input.map((b) => ({ ...b, runs: b.runs.map((r) => normalizeRun(r, tally, nonXml)) }));
  const heads = runningHeads(blocks.map(blockText));
  const captions: string[] = [];

  // Drop what is not the article, and note where a paragraph was cut by a continuation marker.
  const kept: Working[] = [];
  let forceJoin = false;
  for (const block of blocks) {
    const text = blockText(block).trim();
    if (!text) {
      // A blank line of plain text only separates; an empty paragraph of a document is dropped.
      if (!block.continues) tally.emptyParagraphs++;
      continue;
    }
    if (isBoilerplate(text)) {
      tally.boilerplate++;
      continue;
    }
    if (isPageNumber(text) || heads.has(text)) {
      tally.pageFurniture++;
      continue;
    }
    const withoutMarker = block.runs.map((r, i) => ({
      ...r,
      text: (i === 0 ? r.text.replace(MARKDOWN_HEADING, () => (tally.pageFurniture++, '')) : r.text).replace(CONTINUATION, () => (tally.pageFurniture++, '')).replace(/\*\*/gu, ''),
    }));
    if (!blockText({ runs: withoutMarker }).trim()) {
      forceJoin = true;
      continue;
    }
    const caption = captionOf(text);
    if (caption) {
      captions.push(caption);
      continue;
    }
    const level = block.hint?.kind === 'heading' ? block.hint.level : isHeading(text) ? numberedLevel(text) : null;
    kept.push({
      runs: trimRuns(withoutMarker),
      continues: block.continues || forceJoin,
      afterBlank: Boolean(block.afterBlank) && !forceJoin,
      heading: level,
      title: block.hint?.kind === 'title',
    });
    forceJoin = false;
  }

  // Join lines broken inside a sentence; a byline, a source or a line in parentheses closes one.
  const closing = (t: string) => bylineOf(t) !== null || isSourceLine(t) || /^[（(].*[)）]$/u.test(t);
  const joined: Working[] = [];
  for (const w of kept) {
    const prev = joined.at(-1);
    const prevText = prev ? blockText(prev).trim() : '';
    const standalone = prev?.afterBlank && w.afterBlank && prevText.length <= STANDALONE_MAX && looksLikeTitle(prevText);
    const open = prev && prev.heading === null && !prev.title && !standalone && !SENTENCE_END.test(prevText) && !closing(prevText);
    if (prev && open && w.continues && w.heading === null && !w.title && !closing(blockText(w).trim())) {
      appendRuns(prev.runs, w.runs);
      tally.joinedLines++;
    } else joined.push({ ...w, runs: [...w.runs] });
  }

  const clean = (runs: Run[]) => runs.map((r) => ({ ...r, text: cleanParagraphText(r.text, tally) })).filter((r) => r.text);
  const cleaned = joined.map((w) => ({ ...w, raw: blockText(w), runs: clean(w.runs) }));
  const paragraphs = cleaned.filter((w) => w.runs.length);
  const texts = paragraphs.map((p) => blockText(p));

  // Title: marked as one, or `【…】` opening the text, or a short first line that is not a sentence.
  let title = '';
  let subtitle = '';
  let start = 0;
  const first = texts[0] ?? '';
  const bracketed = /^【([^】]{2,50})】(.*)$/u.exec(first);
  if (paragraphs[0]?.title || (paragraphs.length > 1 && looksLikeTitle(first) && paragraphs[0]!.heading === null)) {
    // A title keeps the space between its two phrases (`学思践悟新思想 知行合一担使命`).
    title = cleanTitleText(paragraphs[0]!.raw);
    start = 1;
  } else if (bracketed) {
    title = bracketed[1]!;
    texts[0] = bracketed[2]!.trim();
    paragraphs[0]!.runs = [{ text: texts[0] }];
    if (!texts[0]) start = 1;
  }
  if (title && /^[—－-]{1,2}/u.test(texts[start] ?? '')) {
    subtitle = texts[start]!.replace(/^[—－-]+\s*/u, '——');
    start++;
  }

  // Byline or signature at the end, alone or closing the last paragraph.
  let end = paragraphs.length;
  let byline = '';
  const lastAlone = end > start ? bylineOf(texts[end - 1]!) : null;
  if (lastAlone !== null) {
    byline = lastAlone;
    end--;
  }

  const out: CleanParagraph[] = paragraphs.slice(start, end).map((p, i) => {
    const text = texts[start + i]!;
    const kind: ParagraphKind = isSourceLine(text) ? 'source' : p.heading !== null ? (`heading${Math.min(4, Math.max(1, p.heading))}` as ParagraphKind) : 'paragraph';
    return { kind, text, runs: p.runs };
  });
  if (!byline && out.length) {
    const last = out.at(-1)!;
    const trailing = /^(.*[。！？”])\s*[（(]([\p{Script=Han}·、]{2,12})[)）]$/u.exec(last.text);
    if (trailing) {
      last.text = trailing[1]!;
      last.runs = [{ text: last.text }];
      // `（唐山文明网）` names where it came from; `（王维平）` who wrote it.
      if (MEDIUM.test(trailing[2]!)) out.push({ kind: 'source', text: `（${trailing[2]}）`, runs: [{ text: `（${trailing[2]}）` }] });
      else byline = trailing[2]!;
    }
  }

  // Characters no document can hold mean damaged source text: taken out, and said where.
  const unprintable = [...new Set(nonXml.places)].map((place) => ({ text: place, message: '后面有无法打印的控制字符，已删除；来源文本可能有损坏，请对照原稿核对' }));
  const warnings = [...unprintable, ...[title, subtitle, ...out.map((p) => p.text), byline, ...captions].flatMap(findDamage)];
  return { title, subtitle, byline, paragraphs: out, captions, warnings, changes: tally };
}
