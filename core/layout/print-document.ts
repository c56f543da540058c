import type { Node as PMNode } from 'prosemirror-model';
import type { IssueModel } from '../model/issue-model.ts';
import type { Template } from '../model/template.ts';
import { MARK, NODE } from '../model/nodes.ts';
import { plainText } from '../model/text.ts';
import { chineseDate } from '../model/date.ts';
import { outlineItem } from '../model/outline.ts';
import { childOfType } from '../model/items.ts';
import type { Block, GalleryCell, PrintDocument, RunChange, TextBlock, TextRunSpec, TocEntry } from './print-model.ts';
import { printStyles, type Role } from './print-styles.ts';
import { revisionOf } from '../review/paragraph-marks.ts';
import type { PageGeometry } from './page-geometry.ts';

/** Pixel size of a stored photo, or null when it is missing or not a readable image. */
export type PhotoSizes = (hash: string) => { width: number; height: number } | null;

const MASTHEAD_MAX_PT = 26;
const PHOTO_MAX_LINES = 12;
const GALLERY_PHOTO_LINES = 6;

const KIND = { [MARK.insertion]: 'insert', [MARK.deletion]: 'delete', [MARK.formatting]: 'format' } as const;

function changeOf(t: PMNode): RunChange | null {
  const mark = t.marks.find((m) => m.type.name in KIND);
  if (!mark) return null;
  const a = mark.attrs;
  return {
    kind: KIND[mark.type.name as keyof typeof KIND],
    id: String(a.id ?? ''),
    author: String(a.author ?? ''),
    date: String(a.date ?? ''),
    ...(a.move ? { move: true } : {}),
    ...(typeof a.bold === 'boolean' ? { bold: a.bold } : {}),
    ...(typeof a.italic === 'boolean' ? { italic: a.italic } : {}),
  };
}

/** A body paragraph's changed break, for a copy with marks. */
function revisionOver(node: PMNode): Partial<TextBlock> {
  const r = revisionOf(node);
  return r ? { revision: { kind: r.kind, id: r.id, author: r.author, date: r.date, ...(r.move ? { move: true } : {}) } } : {};
}

function runsOf(node: PMNode): TextRunSpec[] {
  return node.children
    .filter((t) => t.isText && t.text)
    .map((t) => {
      const change = changeOf(t);
      const comment = t.marks.find((m) => m.type.name === MARK.comment)?.attrs.id;
      return {
        text: t.text!,
        ...(t.marks.some((m) => m.type.name === MARK.bold) ? { bold: true } : {}),
        ...(t.marks.some((m) => m.type.name === MARK.italic) ? { italic: true } : {}),
        ...(change ? { change } : {}),
        ...(comment ? { comment: String(comment) } : {}),
      };
    });
}

/** The runs of a one-line part without the white space around it, as its plain text is printed. */
function trimmedRuns(node: PMNode): TextRunSpec[] {
  const runs = runsOf(node);
  if (runs.length) runs[0] = { ...runs[0]!, text: runs[0]!.text.trimStart() };
  if (runs.length) runs[runs.length - 1] = { ...runs.at(-1)!, text: runs.at(-1)!.text.trimEnd() };
  return runs.filter((r) => r.text);
}

/** A byline as printed, in brackets; one run unless a reviewer marked it. */
function bracketed(node: PMNode): TextRunSpec[] {
  const runs = trimmedRuns(node);
  const plain = runs.every((r) => !r.change && !r.comment);
  return plain ? [{ text: `（${runs.map((r) => r.text).join('')}）` }] : [{ text: '（' }, ...runs, { text: '）' }];
}

/**
 * Builds what is printed from an issue: every paragraph with its style and keep rules, pictures
 * sized to whole grid lines, and the 目录's entries. Nothing here measures text; that is the
 * paginator's work.
 */
export function printDocument(issue: IssueModel, template: Template, geometry: PageGeometry, photoSizes: PhotoSizes): PrintDocument {
  const styles = printStyles(template, geometry, template.styles.page.charsPerLine);
  const problems: string[] = [];
  const text = (role: Role, runs: TextRunSpec[], over: Partial<TextBlock> = {}): TextBlock => ({
    kind: 'text',
    role,
    style: styles[role],
    runs,
    lineHeightLines: 1,
    pageBreakBefore: false,
    keepNext: false,
    keepLines: false,
    spaceAfterLines: 0,
    ...over,
  });

  const pictureSize = (hash: string, maxLines: number, maxWidthPt: number) => {
    const px = photoSizes(hash);
    if (!px) return null;
    const lines = Math.max(2, Math.min(maxLines, Math.ceil(((maxWidthPt * px.height) / px.width) / geometry.linePitchPt)));
    // The picture sits in a paragraph of exactly `lines` grid lines, with room left for the line's descent.
    const heightPt = lines * geometry.linePitchPt - 6;
    const widthPt = Math.min(maxWidthPt, (heightPt * px.width) / px.height);
    return { lines, widthPt, heightPt: (widthPt * px.height) / px.width };
  };

  // 报头 and the heading of the 目录.
  const m = issue.meta;
  const red = template.styles.masthead.color.replace('#', '').toUpperCase();
  const cells = [...m.seriesTitle].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
  const mastheadSize = Math.min(MASTHEAD_MAX_PT, Math.floor(geometry.textWidthPt / Math.max(cells, 1)));
  const front: Block[] = [
    text('title', [{ text: m.seriesTitle }], {
      style: { ...styles.title, fonts: template.styles.masthead.titleFonts, sizePt: mastheadSize, color: red },
      lineHeightLines: 2,
    }),
    text('mastheadLine', [{ text: `第${m.issueNumber}期${m.cumulativeNumber ? `（总第${m.cumulativeNumber}期）` : ''}` }]),
    text('mastheadLine', [{ text: m.issuingUnit }, { text: '\t' }, { text: chineseDate(m.date) }], {
      style: { ...styles.mastheadLine, align: 'left' },
      rule: { where: 'bottom', sizeEighths: 18, color: red },
      spaceAfterLines: 1,
    }),
  ];
  if (m.theme) front.push(text('theme', [{ text: m.theme }], { spaceAfterLines: 1 }));
  if (template.toc) front.push(text('tocHeading', [{ text: '目　录' }]));

  const toc: TocEntry[] = [];
  const body: Block[] = [];
  let bookmarks = 0;
  const bookmark = () => `jb_${++bookmarks}`;
  // A section starts a page when articles do; the first one starts the body's own pages after a
  // 目录, and without a 目录 follows the masthead.
  const sectionBreak = () => (body.length ? template.articleStartsNewPage : template.toc);

  for (const [sectionIndex, section] of issue.doc.children.entries()) {
    const heading = String(section.attrs.heading ?? '');
    const items = section.children;
    if (!items.length) {
      problems.push(`${heading}没有内容，未印出。`);
      continue;
    }
    const sectionMark = bookmark();
    toc.push({ level: 1, text: heading, bookmark: sectionMark, id: String(section.attrs.id ?? '') });
    const printsHeading = template.sections.find((s) => s.key === section.attrs.key)?.printHeading ?? true;
    const sectionHeading = text('sectionHeading', [{ text: heading }], { keepNext: true, bookmark: sectionMark, source: [sectionIndex] });
    // A section whose heading does not print (a 专报's one article) still marks where it starts.
    const openSection = (over: Partial<TextBlock>): Block[] =>
      printsHeading ? [{ ...sectionHeading, ...over, pageBreakBefore: sectionBreak() }] : [];
    let first = true;
    // After a 编者按 the article it introduces follows on the same page.
    let noteBefore = false;

    const galleryCells: GalleryCell[] = [];
    for (const [itemIndex, item] of items.entries()) {
      const info = outlineItem(item);
      const at = (block: Block, ...rest: number[]): Block => ({ ...block, source: [sectionIndex, itemIndex, ...rest] });
      if (item.type.name === NODE.article) {
        const startsPage = first || (template.articleStartsNewPage && !noteBefore);
        const breaks = first && !printsHeading && sectionBreak();
        if (first) body.push(...openSection({}));
        const mark = first && !printsHeading ? sectionMark : bookmark();
        const title = info.title || '（无标题）';
        if (!info.title) problems.push(`${heading}中有一篇文章没有标题，已印为“（无标题）”。`);
        toc.push({ level: 2, text: `${title}${info.authors.length ? `（${info.authors.join('、')}）` : ''}`, bookmark: mark, id: info.id });
        const subtitle = item.children.find((c) => c.type.name === NODE.subtitle && plainText(c).trim());
        body.push(
          at(
            text('title', info.title ? trimmedRuns(childOfType(item, NODE.title)!) : [{ text: title }], {
              pageBreakBefore: (startsPage && !first) || breaks,
              keepNext: true,
              keepLines: true,
              spaceAfterLines: subtitle ? 0 : 1,
              bookmark: mark,
            }),
            0,
          ),
        );
        if (subtitle) body.push(at(text('subtitle', runsOf(subtitle), { keepNext: true, spaceAfterLines: 1 }), 1));
        for (const [childIndex, child] of item.children.entries())
          body.push(...bodyBlocks(child, title).map((b, k) => at(b, childIndex, ...(child.type.name === NODE.blockquote ? [k] : []))));
      } else if (item.type.name === NODE.reflection) {
        if (first) body.push(...openSection({ spaceAfterLines: 1 }));
        for (const [childIndex, child] of item.children.entries()) {
          if (child.type.name === NODE.paragraph) body.push(at(text('body', runsOf(child), revisionOver(child)), childIndex));
          if (child.type.name === NODE.byline && plainText(child).trim())
            body.push(at(text('byline', bracketed(child)), childIndex));
        }
      } else if (item.type.name === NODE.editorsNote) {
        if (first) body.push(...openSection({}));
        // 编者按： heads its first paragraph, set off in 楷体 and indented; it is never split and keeps
        // with the article it introduces. (Rules above and below would cost the page grid lines that
        // Word and LibreOffice do not count alike, so none are drawn.)
        const last = item.childCount - 1;
        for (const [childIndex, child] of item.children.entries()) {
          const runs = childIndex === 0 ? [{ text: '编者按：', bold: true }, ...runsOf(child)] : runsOf(child);
          const over = {
            ...revisionOver(child),
            keepNext: true,
            keepLines: true,
            pageBreakBefore: childIndex === 0 && !first && template.articleStartsNewPage,
            ...(childIndex === last ? { spaceAfterLines: 1 } : {}),
          };
          body.push(at(text('editorsNote', runs, over), childIndex));
        }
        noteBefore = true;
        first = false;
        continue;
      } else if (item.type.name === NODE.figure) {
        const hash = typeof item.attrs.photo === 'string' ? item.attrs.photo : null;
        const size = hash ? pictureSize(hash, GALLERY_PHOTO_LINES, geometry.textWidthPt / 2 - 12) : null;
        if (!hash || !size) problems.push(`${heading}的照片“${info.label}”${hash ? '无法读取' : '还没有插入图片'}，未印出。`);
        else galleryCells.push({ photo: hash, widthPt: size.widthPt, heightPt: size.heightPt, caption: plainText(item).trim() });
      }
      first = false;
      noteBefore = false;
    }
    if (galleryCells.length) {
      const rows: GalleryCell[][] = [];
      for (let i = 0; i < galleryCells.length; i += 2) rows.push(galleryCells.slice(i, i + 2));
      body.push(...openSection({ spaceAfterLines: 1 }));
      body.push({ kind: 'gallery', rows, rowLines: GALLERY_PHOTO_LINES + 1, captionStyle: styles.caption, pageBreakBefore: false, source: [sectionIndex, 0] });
    } else if (items.every((i) => i.type.name === NODE.figure)) {
      toc.pop(); // a gallery without a single printable photo is not printed, nor listed
    }
  }

  function bodyBlocks(node: PMNode, title: string): Block[] {
    switch (node.type.name) {
      case NODE.paragraph:
        return [text('body', runsOf(node), revisionOver(node))];
      case NODE.heading: {
        const level = Math.min(4, Math.max(1, Number(node.attrs.level ?? 1)));
        return [text(`heading${level}` as Role, runsOf(node), { keepNext: true, keepLines: true, ...revisionOver(node) })];
      }
      case NODE.blockquote:
        return node.children.map((p) => text('quote', runsOf(p), revisionOver(p)));
      case NODE.figure: {
        const hash = typeof node.attrs.photo === 'string' ? node.attrs.photo : null;
        const size = hash ? pictureSize(hash, PHOTO_MAX_LINES, geometry.textWidthPt) : null;
        const caption = plainText(node).trim();
        if (!hash || !size) {
          problems.push(`《${title}》中的照片${caption ? `“${caption}”` : ''}${hash ? '无法读取' : '还没有插入图片'}，未印出。`);
          return [];
        }
        const picture: Block = { kind: 'picture', photo: hash, ...size, pageBreakBefore: false, keepNext: Boolean(caption) };
        return caption ? [picture, text('caption', [{ text: caption }])] : [picture];
      }
      case NODE.byline: {
        const byline = plainText(node).trim();
        if (!byline) problems.push(`《${title}》没有署名。`);
        return byline ? [text('byline', bracketed(node))] : [];
      }
      default:
        return [];
    }
  }
  const closing = closingBlocks(issue, styles.closing, text);
  return { front, toc: template.toc ? toc : [], tocShown: template.toc, tocStyle: styles.toc, body, closing, problems };
}

function closingBlocks(
  issue: IssueModel,
  style: TextBlock['style'],
  text: (role: Role, runs: TextRunSpec[], over?: Partial<TextBlock>) => TextBlock,
): TextBlock[] {
  const d = issue.meta.distribution;
  const lines: TextBlock[] = (
    [
      ['报', d.bao],
      ['送', d.song],
      ['发', d.fa],
    ] as const
  )
    .filter(([, list]) => list.length)
    .map(([label, list]) => text('closing', [{ text: `${label}：${list.join('，')}` }], { style, keepNext: true }));
  lines.push(text('closing', [{ text: issue.meta.printRun ? `（共印${issue.meta.printRun}份）` : '' }], { style: { ...style, align: 'right' } }));
  lines[0]!.rule = { where: 'top', sizeEighths: 12, color: '000000' };
  lines.at(-1)!.rule = { where: 'bottom', sizeEighths: 12, color: '000000' };
  return lines;
}
