import type { IssueModel } from '../model/issue-model.ts';
import { Transform } from 'prosemirror-transform';
import { layoutIssue } from '../layout/layout-issue.ts';
import { withoutReview } from '../review/without-review.ts';
import { escapeHtml } from '../model/escape-html.ts';
import { forEachItem } from '../model/items.ts';
import type { Block, ParaStyle, TextBlock } from '../layout/print-model.ts';
import type { PhotoSizes } from '../layout/print-document.ts';

/**
 * The issue for a 公众号 post, from the same print model as the DOCX: the same paragraphs, headings,
 * bylines, captions and photos in the same order, styled after the template. The 目录 carries no
 * page numbers (a post has no pages) and the 报尾 (报/送/发, 印数) is left to paper. The styles are
 * a stylesheet on classes here; the Node side inlines them (the 公众号 editor keeps only inline styles).
 */
export interface WechatSource {
  /** An HTML fragment with one `<style>` block and a class on every styled element. */
  html: string;
  /** The articles' titles, in order. */
  titles: string[];
  problems: string[];
}

/** A photo as a `data:` URI (the post must load nothing from anywhere), or null when it cannot be shown. */
export type PhotoUri = (hash: string) => string | null;

/** Points on paper to CSS pixels on a phone: 16 pt body text reads as 16 px, the 公众号's own size. */
const px = (pt: number) => `${Math.round(pt)}px`;

function css(style: ParaStyle, over: string[] = []): string {
  const rules = [
    `font-family: ${style.fonts.map((f) => `'${f}'`).join(', ')}, serif`,
    `font-size: ${px(style.sizePt)}`,
    `line-height: 1.75`,
    `margin: 0 0 ${px(style.sizePt * 0.6)}`,
    `text-align: ${style.align}`,
    // Headings are set in their font, not made bold by the browser's defaults for h2–h6.
    `font-weight: ${style.bold ? 'bold' : 'normal'}`,
    ...(style.color ? [`color: #${style.color}`] : []),
    ...(style.firstIndentPt > 0 ? ['text-indent: 2em'] : []),
    ...over,
  ];
  return rules.join('; ');
}

const TAGS: Record<string, string> = { title: 'h2', sectionHeading: 'h3', heading1: 'h4', heading2: 'h5', heading3: 'h6', heading4: 'h6' };

function runsHtml(block: TextBlock): string {
  return block.runs
    .map((r) => {
      const text = escapeHtml(r.text.replace(/\t/gu, '　'));
      return r.bold ? `<strong>${text}</strong>` : r.italic ? `<em>${text}</em>` : text;
    })
    .join('');
}

/**
 * Builds the post of a whole issue, or of the one item `itemId` (its title, subtitle, text, byline
 * and photos, without the masthead and the 目录).
 */
export function wechatSource(issue: IssueModel, photoSizes: PhotoSizes, photoUri: PhotoUri, itemId?: string): WechatSource {
  const { print } = layoutIssue({ ...issue, doc: withoutReview(new Transform(issue.doc)).doc }, photoSizes);
  const classes = new Map<string, string>();
  const styled = (name: string, rule: string) => {
    classes.set(name, rule);
    return `class="${name}"`;
  };
  const textBlock = (block: TextBlock, name = `bj-${block.role}`) => {
    const tag = TAGS[block.role] ?? 'p';
    const rule = block.role === 'sectionHeading' ? css(block.style, ['margin-top: 28px']) : css(block.style);
    return `<${tag} ${styled(name, rule)}>${runsHtml(block)}</${tag}>`;
  };
  const picture = (hash: string, caption: string) => {
    const uri = photoUri(hash);
    if (!uri) return '';
    const img = `<img ${styled('bj-photo', 'display: block; width: 100%; height: auto; margin: 0 auto')} src="${escapeHtml(uri)}" alt="${escapeHtml(caption)}">`;
    return `<figure ${styled('bj-figure', 'margin: 0 0 16px')}>${img}${caption ? `<figcaption ${styled('bj-caption', css(print.tocStyle, ['text-align: center', 'font-size: 14px', 'color: #555555', 'text-indent: 0']))}>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
  };
  const blockHtml = (block: Block, index: number, blocks: Block[]): string => {
    if (block.kind === 'text') return block.role === 'caption' && blocks[index - 1]?.kind === 'picture' ? '' : textBlock(block);
    if (block.kind === 'picture') {
      const next = blocks[index + 1];
      return picture(block.photo, next?.kind === 'text' && next.role === 'caption' ? next.runs.map((r) => r.text).join('') : '');
    }
    return block.rows.flat().map((cell) => picture(cell.photo, cell.caption)).join('');
  };

  const titles: string[] = [];
  const ids = itemIds(issue);
  const itemOf = (block: Block) => (block.source && block.source.length >= 2 ? (ids[block.source[0]!]?.[block.source[1]!] ?? null) : null);
  const body = print.body.filter((b) => (itemId === undefined ? true : itemOf(b) === itemId));
  for (const b of body) if (b.kind === 'text' && b.role === 'title') titles.push(b.runs.map((r) => r.text).join(''));

  const parts: string[] = [];
  if (itemId === undefined) {
    const [mast, ...lines] = print.front.filter((b): b is TextBlock => b.kind === 'text' && b.role !== 'tocHeading');
    if (mast) parts.push(textBlock(mast, 'bj-masthead'));
    for (const line of lines) parts.push(textBlock(line, line.role === 'mastheadLine' ? 'bj-masthead-line' : `bj-${line.role}`));
    const tocHeading = print.front.find((b): b is TextBlock => b.kind === 'text' && b.role === 'tocHeading');
    const toc = print.toc.map((e) => `<p ${styled(`bj-toc-${e.level}`, css(print.tocStyle, [`padding-left: ${e.level === 2 ? '2em' : '0'}`, 'text-indent: 0', 'margin: 0']))}>${escapeHtml(e.text)}</p>`);
    const red = `#${issue.template.styles.masthead.color.replace('#', '').toLowerCase()}`;
    if (print.tocShown)
      parts.push(`<section ${styled('bj-toc', `margin: 0 0 24px; padding: 12px 0; border-top: 1px solid ${red}; border-bottom: 1px solid ${red}`)}>${tocHeading ? textBlock(tocHeading) : ''}${toc.join('')}</section>`);
  }
  parts.push(...body.map(blockHtml));
  const post = `<section ${styled('bj-post', 'max-width: 677px; margin: 0 auto; color: #222222')}>${parts.join('')}</section>`;
  const stylesheet = [...classes].map(([name, rule]) => `.${name} { ${rule}; }`).join('\n');
  const html = `<style>\n${stylesheet}\n</style>\n${post}`;
  return { html, titles, problems: print.problems };
}

/** The id of each item, by section and item index (what a print block's source points at). */
function itemIds(issue: IssueModel): string[][] {
  const ids: string[][] = [];
  forEachItem(issue.doc, (item, { sectionIndex, index }) => ((ids[sectionIndex] ??= [])[index] = String(item.attrs.id ?? '')));
  return ids;
}
