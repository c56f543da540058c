import type { DocNode } from '../core/model/doc.ts';
import type { IssueContent } from '../core/model/issue.ts';
import type { Template } from '../core/model/template.ts';
import { NODE } from '../core/model/nodes.ts';
import { newId } from '../core/model/ids.ts';
import { parseChineseDate } from '../core/model/date.ts';
import { formatByline, parseByline } from '../core/model/byline.ts';
import { cleanParagraphText, cleanTitleText } from '../core/cleanup/clean-text.ts';
import { joinBrokenParagraphs } from '../core/cleanup/paragraphs.ts';
import { SENTENCE_END } from '../core/cleanup/chars.ts';
import { parseSampleToc, type TocEntry } from './sample-toc.ts';

/**
 * Builds the demo issue from the extracted text of the Songjiang briefing: the 目录 gives the
 * items and their order, the body gives their text. Extraction damage is repaired with the
 * project's cleanup; the wording (and its real mistakes) stays as printed.
 */

type Token = { kind: 'piece'; text: string; marked: boolean } | { kind: 'photo' };
type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string } | { kind: 'photo' };

const SECTION_LINE = /^#*\s*(【[^】]+】)\s*$/u;
const ORDINAL_HEADING = /^第[一二三四五六七八九十]+(?:小组|把密钥|部分|篇|章)/u;
const SIGNATURE_LINE = /^[(（]([^()（）]+)[)）](\s*[(（][^()（）]+[)）])*$/u;
const TRAILING_SIGNATURE = /^(.*\S)\s*[(（]([^()（）/]{2,12})[)）]$/u;

/** Letters and digits only: how titles in the 目录 and in the body are matched. */
const bare = (s: string) => s.replace(/^#+/u, '').replace(/[^\p{L}\p{N}]/gu, '');

function headingLevel(text: string): number | null {
  if (/^[一二三四五六七八九十]+、/u.test(text)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]/u.test(text)) return 2;
  if (/^\d+[.．]/u.test(text)) return 3;
  if (/^[（(]\d+[)）]/u.test(text)) return 4;
  return null;
}

function tokenize(lines: string[]): Token[] {
  const tokens: Token[] = [];
  let blanks = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      blanks++;
      continue;
    }
    // Three or more empty lines between two pieces of an article is where the PDF had a photo.
    if (blanks >= 3 && tokens.length) tokens.push({ kind: 'photo' });
    blanks = 0;
    const marked = /^#+\s*/u.test(line);
    const text = line.replace(/^#+\s*/u, '').replace(/^[-•]\s+/u, '');
    tokens.push({ kind: 'piece', text, marked });
  }
  if (blanks >= 3 && tokens.length) tokens.push({ kind: 'photo' });
  return tokens;
}

function classify(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let sentenceOpen = false;
  for (const t of tokens) {
    if (t.kind === 'photo') {
      blocks.push(t);
      continue;
    }
    const text = t.text;
    const level = headingLevel(text);
    const last = blocks.at(-1);
    // Unmarked headings in the sample are ordinal lead-ins such as `第二小组：…` or `第三把密钥：…`.
    const ordinalHeading = !sentenceOpen && text.length <= 40 && ORDINAL_HEADING.test(text);
    if (t.marked && last?.kind === 'heading' && level === null && text.length <= 6) {
      last.text += text; // a heading the PDF wrapped onto a second line
    } else if ((t.marked && !/[:：]$/u.test(text)) || (level !== null && text.length <= 50) || ordinalHeading) {
      blocks.push({ kind: 'heading', level: level ?? 1, text });
      sentenceOpen = false;
      continue;
    } else blocks.push({ kind: 'paragraph', text });
    sentenceOpen = !SENTENCE_END.test(text);
  }
  return blocks;
}

/** Joins paragraphs broken inside a sentence; a photo met inside such a sentence moves after it. */
function joinParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let held: Block[] = [];
  for (const b of blocks) {
    const prev = [...out].reverse().find((x) => x.kind !== 'photo');
    const open = prev?.kind === 'paragraph' && joinBrokenParagraphs([prev.text, 'x']).length === 1;
    if (b.kind === 'photo') {
      (open ? held : out).push(b);
      continue;
    }
    if (b.kind === 'paragraph' && open && prev?.kind === 'paragraph') {
      prev.text += b.text;
      continue;
    }
    out.push(...held, b);
    held = [];
  }
  return [...out, ...held];
}

function inline(text: string): DocNode[] {
  // `**…**` is how the extraction kept Word's bold.
  return text
    .split(/\*\*/u)
    .map((part, i) => ({ part, bold: i % 2 === 1 }))
    .filter(({ part }) => part.length > 0)
    .map(({ part, bold }) => ({ type: NODE.text, text: part, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }));
}

const textblock = (type: string, text: string, attrs?: Record<string, unknown>): DocNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(text ? { content: inline(text) } : {}),
});

const figureSlot = (): DocNode => ({ type: NODE.figure, attrs: { id: newId(), photo: null }, content: [] });

function blockNode(b: Block): DocNode {
  if (b.kind === 'photo') return figureSlot();
  if (b.kind === 'heading') return textblock(NODE.heading, cleanParagraphText(b.text), { level: b.level });
  return textblock(NODE.paragraph, cleanParagraphText(b.text));
}

function splitSignature(tokens: Token[]): { body: Token[]; byline: string } {
  const body = [...tokens];
  while (body.at(-1)?.kind === 'photo') body.pop();
  const last = body.at(-1);
  if (last?.kind !== 'piece') return { body, byline: '' };
  if (SIGNATURE_LINE.test(last.text)) {
    body.pop();
    return { body, byline: formatByline(parseByline(last.text)) };
  }
  const trailing = TRAILING_SIGNATURE.exec(last.text);
  if (trailing) {
    body[body.length - 1] = { ...last, text: trailing[1]! };
    return { body, byline: formatByline(parseByline(trailing[2]!)) };
  }
  return { body, byline: '' };
}

function articleNode(title: string, tokens: Token[]): DocNode {
  const { body, byline } = splitSignature(tokens);
  const content: DocNode[] = [textblock(NODE.title, title)];
  const first = body.findIndex((t) => t.kind === 'piece');
  const firstPiece = body[first];
  if (firstPiece?.kind === 'piece' && /^[—－-]{1,2}/u.test(firstPiece.text)) {
    content.push(textblock(NODE.subtitle, cleanTitleText(firstPiece.text.replace(/^[—－-]+\s*/u, '——'))));
    body.splice(first, 1);
  }
  const blocks = joinParagraphs(classify(body)).map(blockNode);
  content.push(...(blocks.length ? blocks : [textblock(NODE.paragraph, '')]), textblock(NODE.byline, byline));
  return { type: NODE.article, attrs: { id: newId() }, content };
}

function reflectionNodes(tokens: Token[]): DocNode[] {
  const out: DocNode[] = [];
  let pieces: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'piece') continue;
    if (SIGNATURE_LINE.test(t.text)) {
      const paragraphs = joinBrokenParagraphs(pieces).map((p) => textblock(NODE.paragraph, cleanParagraphText(p)));
      out.push({
        type: NODE.reflection,
        attrs: { id: newId() },
        content: [...paragraphs, textblock(NODE.byline, formatByline(parseByline(t.text)))],
      });
      pieces = [];
    } else pieces.push(t.text);
  }
  return out;
}

/** Splits the body lines of one section into the items its 目录 entries name. */
function sectionItems(lines: string[], titles: string[]): { title: string; lines: string[] }[] {
  const starts = titles.map((title) => {
    const want = bare(title);
    const at = lines.findIndex((l) => {
      const have = bare(l);
      return have.length >= 4 && (have === want || have.endsWith(want) || want.startsWith(have));
    });
    if (at < 0) throw new Error(`正文中找不到目录条目“${title}”`);
    return at;
  });
  return titles.map((title, i) => ({ title, lines: lines.slice(starts[i]! + 1, starts[i + 1] ?? lines.length) }));
}

const GALLERY_SLOTS = 4;

export function issueFromSample(text: string, template: Template): IssueContent {
  const lines = text.split(/\r?\n/u);
  const tocAt = lines.findIndex((l) => /^#*\s*目\s*录\s*$/u.test(l));
  const bodyAt = lines.findIndex((l, i) => i > tocAt && SECTION_LINE.test(l));
  if (tocAt < 0 || bodyAt < 0) throw new Error('样刊中找不到目录或正文');
  const toc = parseSampleToc(lines.slice(tocAt + 1, bodyAt));

  const head = lines.slice(0, tocAt).map((l) => l.replace(/^#+\s*/u, '').trim()).filter(Boolean);
  const issueNumber = Number(/第\s*(\d+)\s*期/u.exec(head.join('\n'))?.[1] ?? 1);
  const date = head.map(parseChineseDate).find((d): d is string => d !== null);
  if (!date) throw new Error('样刊中找不到日期');

  const sectionStarts = lines.map((l, i) => (i >= bodyAt && SECTION_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
  const bodyOf = (heading: string): string[] => {
    const k = sectionStarts.findIndex((i) => SECTION_LINE.exec(lines[i]!)?.[1] === heading);
    if (k < 0) return [];
    return lines.slice(sectionStarts[k]! + 1, sectionStarts[k + 1] ?? lines.length);
  };
  const tocTitles = (heading: string): string[] => {
    const from = toc.findIndex((e) => e.kind === 'section' && e.heading === heading);
    const rest = toc.slice(from + 1);
    const end = rest.findIndex((e) => e.kind === 'section');
    return (end < 0 ? rest : rest.slice(0, end)).flatMap((e: TocEntry) => (e.kind === 'item' ? [e.title] : []));
  };

  const sections: DocNode[] = template.sections.map((s) => {
    const body = bodyOf(s.heading);
    let items: DocNode[];
    if (s.accepts.includes(NODE.article)) {
      items = sectionItems(body, tocTitles(s.heading)).map(({ title, lines: l }) => articleNode(title, tokenize(l)));
    } else if (s.accepts.includes(NODE.reflection)) {
      items = reflectionNodes(tokenize(body));
    } else {
      items = Array.from({ length: GALLERY_SLOTS }, figureSlot);
    }
    return { type: NODE.section, attrs: { id: newId(), key: s.key, heading: s.heading }, content: items };
  });

  return {
    template,
    meta: {
      seriesTitle: head[0] ?? template.masthead.seriesTitle,
      issueNumber,
      cumulativeNumber: null,
      date,
      issuingUnit: template.masthead.issuingUnit,
      theme: cleanTitleText(head[1] ?? ''),
      distribution: structuredClone(template.masthead.distribution),
      printRun: template.masthead.printRun,
    },
    doc: { type: NODE.doc, content: sections },
  };
}
