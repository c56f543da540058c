import { escapeHtml } from '../model/escape-html.ts';
import type { PageGeometry } from './page-geometry.ts';
import { TWIPS_PER_PT } from './page-geometry.ts';
import { autoSpace } from './measure.ts';
import { LETTER, NO_SCRIPT_RANGE } from './char-classes.ts';
import type { ParaStyle, TextRunSpec } from './print-model.ts';
import type { Sheet, SheetItem, SheetLine } from './sheets.ts';

/** Where a photo can be loaded from (a `data:` or `blob:` URL), or null to draw an empty frame. */
export type PhotoSrc = (hash: string) => string | null;

/**
 * Faces that stand in where the template's are not installed: each has a full em for every Chinese
 * character, which is all the layout assumes of them, so lines stay where the layout put them.
 */
const CJK_FALLBACK = ['Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', 'Songti SC', 'AR PL UMing CN', 'serif'];
/** Times New Roman, whose widths the layout measures Latin text in, and its metric twin on Linux. */
const LATIN = ['Times New Roman', 'Liberation Serif'];
const PAGE_NUMBER = { fonts: ['宋体', 'SimSun'], sizePt: 14 };
/** GB/T 9704: the page number sits 7 mm under the text block. */
const PAGE_NUMBER_DROP_PT = (7 * 72) / 25.4;

const family = (names: string[]) => names.map((n) => (/^[a-z-]+$/u.test(n) ? n : `'${n.replace(/'/gu, '')}'`)).join(', ');
const pt = (n: number) => `${Math.round(n * 100) / 100}pt`;
/** Latin text, with the marks of no script that follow it (`3.5%“`, `AI•`): LibreOffice sets those in its face too. */
const LATIN_RUN = new RegExp(`[\\u0020-\\u007e\\u00a0-\\u024f][\\u0020-\\u007e\\u00a0-\\u024f${NO_SCRIPT_RANGE}]*`, 'gu');

function fontCss(style: ParaStyle): string {
  return `font-family: ${family([...style.fonts, ...CJK_FALLBACK])}; font-size: ${pt(style.sizePt)}; letter-spacing: ${pt(style.spacingPt)}; font-weight: ${style.bold ? 'bold' : 'normal'}; color: #${style.color ?? '000000'}`;
}

// By code point: a Han character beyond the BMP is two UTF-16 units.
const firstChar = (s: string) => (s ? String.fromCodePoint(s.codePointAt(0)!) : '');
const lastChar = (s: string) => [...s.slice(-2)].at(-1) ?? '';

/**
 * A run's text, its Latin letters and digits in Times New Roman beside the Chinese face, as Word sets
 * them, with the space Word and LibreOffice add where they meet a Chinese character (`before` and
 * `after` are the characters around the run in its line).
 */
function runHtml(run: TextRunSpec, style?: ParaStyle, before = '', after = ''): string {
  const gap = style && pt(autoSpace({ sizePt: style.sizePt, bold: style.bold, spacingPt: style.spacingPt }));
  const text = escapeHtml(run.text).replace(LATIN_RUN, (latin, at: number, all: string) => {
    const prev = at > 0 ? lastChar(all.slice(0, at)) : before;
    const next = at + latin.length < all.length ? firstChar(all.slice(at + latin.length)) : after;
    const lead = gap && LETTER.test(latin[0]!) && LETTER.test(prev) ? `; margin-left: ${gap}` : '';
    const trail = gap && LETTER.test(latin.at(-1)!) && LETTER.test(next) ? `; margin-right: ${gap}` : '';
    return `<span style="font-family: ${family(LATIN)}${lead}${trail}">${latin}</span>`;
  });
  if (run.bold && run.italic) return `<b><i>${text}</i></b>`;
  if (run.bold) return `<b>${text}</b>`;
  return run.italic ? `<i>${text}</i>` : text;
}

interface Frame {
  geometry: PageGeometry;
  photoSrc: PhotoSrc;
  /** Bookmarks as ids and the 目录 as links: off for a page's second copy (a thumbnail), whose ids would repeat. */
  anchors: boolean;
}

function box(frame: Frame, item: SheetItem): string {
  const g = frame.geometry;
  const left = g.marginTwips.left / TWIPS_PER_PT + item.xPt;
  const top = g.marginTwips.top / TWIPS_PER_PT + item.line * g.linePitchPt;
  return `position: absolute; left: ${pt(left)}; top: ${pt(top)}; width: ${pt(item.widthPt)}; height: ${pt(item.lines * g.linePitchPt)}`;
}

const source = (item: { source?: readonly number[]; offset?: number }) => (item.source ? ` data-source="${item.source.join('.')}" data-offset="${item.offset ?? 0}"` : '');

function lineHtml(frame: Frame, item: SheetLine): string {
  const height = item.lines * frame.geometry.linePitchPt;
  const align = item.align === 'justify' ? 'text-align: justify; text-align-last: justify' : `text-align: ${item.align}`;
  const rule = item.rule ? `; border-${item.rule.where}: ${pt(item.rule.sizeEighths / 8)} solid #${item.rule.color}; box-sizing: border-box` : '';
  // A tab to the right margin: the text before it flush left, the text after it flush right.
  const tab = item.right === undefined ? '' : '; display: flex; justify-content: space-between';
  const right = item.right === undefined ? '' : `<span>${runHtml({ text: item.right })}</span>`;
  const runs = item.runs.map((r, i) => runHtml(r, item.style, lastChar(item.runs[i - 1]?.text ?? ''), firstChar(item.runs[i + 1]?.text ?? ''))).join('');
  const id = item.anchor && frame.anchors ? ` id="${escapeHtml(item.anchor)}"` : '';
  return `<div class="bj-line"${id}${source(item)} style="${box(frame, item)}; line-height: ${pt(height)}; white-space: pre; ${align}; ${fontCss(item.style)}${rule}${tab}">${right ? `<span>${runs}</span>${right}` : runs}</div>`;
}

function itemHtml(frame: Frame, item: SheetItem): string {
  if (item.kind === 'line') return lineHtml(frame, item);
  if (item.kind === 'toc') {
    const pitch = pt(frame.geometry.linePitchPt);
    const text = `<span>${runHtml({ text: item.text })}</span>`;
    const tail = item.page === undefined ? '' : `<span style="flex: 1; margin: 0 2pt; border-bottom: 1.5pt dotted #000; height: 60%"></span><span>${item.page}</span>`;
    const href = frame.anchors ? ` href="#${escapeHtml(item.target)}"` : '';
    return `<a class="bj-line"${href} style="${box(frame, item)}; display: flex; align-items: flex-start; line-height: ${pitch}; white-space: pre; text-decoration: none; ${fontCss(item.style)}">${text}${tail}</a>`;
  }
  const src = frame.photoSrc(item.photo);
  const height = item.lines * frame.geometry.linePitchPt;
  // Inline in a paragraph of exact height, a picture stands on the line's baseline, a few points above its foot.
  const place = `position: absolute; left: ${pt((item.widthPt - item.photoWidthPt) / 2)}; top: ${pt(Math.max(0, height - item.photoHeightPt - 4))}; width: ${pt(item.photoWidthPt)}; height: ${pt(item.photoHeightPt)}`;
  const picture = src ? `<img alt="" src="${escapeHtml(src)}" style="${place}">` : `<span style="${place}; background: #e8e8e8"></span>`;
  return `<div class="bj-picture"${source(item)} style="${box(frame, item)}">${picture}</div>`;
}

/** Section headings and article titles are headings in the markup: Chromium makes the PDF's outline from them. */
function withOutline(frame: Frame, items: SheetItem[]): string {
  let html = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== 'line' || !item.outline || !item.anchor) {
      html += itemHtml(frame, item);
      continue;
    }
    const group = [item];
    while (items[i + 1]?.kind === 'line' && (items[i + 1] as SheetLine).outline === item.outline && !(items[i + 1] as SheetLine).anchor && (items[i + 1] as SheetLine).source === item.source) group.push(items[++i] as SheetLine);
    const tag = `h${item.outline}`;
    html += `<${tag} style="margin: 0; font: inherit">${group.map((l) => lineHtml(frame, l)).join('')}</${tag}>`;
  }
  return html;
}

/** One printed page: the sheet's lines and pictures where the layout put them, and its page number. */
export function sheetHtml(sheet: Sheet, geometry: PageGeometry, photoSrc: PhotoSrc, anchors = true): string {
  const frame = { geometry, photoSrc, anchors };
  const width = geometry.widthTwips / TWIPS_PER_PT;
  const height = geometry.heightTwips / TWIPS_PER_PT;
  let number = '';
  if (sheet.number !== null) {
    const odd = sheet.number % 2 === 1;
    const inset = geometry.marginTwips[odd ? 'right' : 'left'] / TWIPS_PER_PT + PAGE_NUMBER.sizePt;
    const top = height - geometry.marginTwips.bottom / TWIPS_PER_PT + PAGE_NUMBER_DROP_PT;
    number = `<div class="bj-page-number" style="position: absolute; top: ${pt(top)}; ${odd ? 'right' : 'left'}: ${pt(inset)}; white-space: pre; font-family: ${family([...LATIN, ...PAGE_NUMBER.fonts, ...CJK_FALLBACK])}; font-size: ${pt(PAGE_NUMBER.sizePt)}">— ${sheet.number} —</div>`;
  }
  return `<section class="bj-sheet" style="position: relative; width: ${pt(width)}; height: ${pt(height)}; overflow: hidden; background: #fff; color: #000">${withOutline(frame, sheet.items)}${number}</section>`;
}

/** The whole issue as one HTML document of A4 pages, for Chromium to print as the PDF. */
export function sheetsDocument(sheets: Sheet[], geometry: PageGeometry, photoSrc: PhotoSrc, title: string): string {
  const width = pt(geometry.widthTwips / TWIPS_PER_PT);
  const height = pt(geometry.heightTwips / TWIPS_PER_PT);
  const pages = sheets.map((s) => `<div style="break-after: page">${sheetHtml(s, geometry, photoSrc)}</div>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>@page { size: ${width} ${height}; margin: 0 } html, body { margin: 0; padding: 0 }</style>
</head><body>
${pages}
</body></html>
`;
}
