import type { Node as PMNode } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';
import { outlineItem } from '../model/outline.ts';
import { forEachItem } from '../model/items.ts';

/**
 * The anchors of a 送审稿: every printed paragraph of an article or reflection carries a bookmark
 * named for its item's id and its place in the item, which Word and WPS keep through editing.
 * Word allows 40 characters, letters, digits and `_`: 24 hex digits of the id are unique enough.
 */
const PREFIX = 'jbr';
const ANCHOR = /^jbr([0-9a-f]{24})_(\d+(?:_\d+)*)$/u;

const key = (itemId: string) => itemId.replace(/[^0-9a-f]/giu, '').toLowerCase().slice(0, 24).padEnd(24, '0');

export function anchorName(itemId: string, path: readonly number[]): string {
  return `${PREFIX}${key(itemId)}_${path.join('_')}`;
}

/** One paragraph of the issue that a reviewer may mark: where it is, what it says, and whose item it is. */
export interface ReviewParagraph {
  itemId: string;
  /** The article's title, or the reflection's author: how the clerk names the item. */
  item: string;
  /** Section and item index in the document, then the child (and the quotation's paragraph). */
  source: readonly number[];
  /** The paragraph as the clerk counts it: 0 for the title, body paragraphs from 1. */
  paragraph: number;
  text: string;
  anchor: string;
  /** Its node's type: only body paragraphs and headings can be split, joined or formatted. */
  type: string;
}

const TEXT_CHILDREN = new Set<string>([NODE.title, NODE.subtitle, NODE.paragraph, NODE.heading, NODE.byline]);

/** Every paragraph of the articles and reflections, in print order, with its anchor. */
export function reviewParagraphs(doc: PMNode): ReviewParagraph[] {
  const out: ReviewParagraph[] = [];
  forEachItem(doc, (item, { sectionIndex: s, index: i }) => {
    const kind = item.type.name;
    if (kind !== NODE.article && kind !== NODE.reflection) return;
    const itemId = String(item.attrs.id ?? '');
    const info = outlineItem(item);
    const label = kind === NODE.article ? info.title || '（无标题）' : info.authors.join('、') || info.label;
    let paragraph = 0;
    const add = (path: number[], node: PMNode) => {
      const isTitle = node.type.name === NODE.title;
      if (!isTitle) paragraph++;
      // A reflection's byline prints in brackets: its text is compared as printed.
      const text = kind === NODE.reflection && node.type.name === NODE.byline ? `（${node.textContent.trim()}）` : node.textContent;
      out.push({ itemId, item: label, source: [s, i, ...path], paragraph: isTitle ? 0 : paragraph, text, anchor: anchorName(itemId, path), type: node.type.name });
    };
    item.forEach((child, _offset, c) => {
      if (TEXT_CHILDREN.has(child.type.name)) add([c], child);
      else if (child.type.name === NODE.blockquote) child.forEach((p, _o, k) => add([c, k], p));
    });
  });
  return out;
}

/**
 * The printed paragraphs outside the articles and reflections, as the clerk names them: a reviewer's
 * mark there cannot be put into the text (the masthead and the 报尾 are the settings, the
 * 目录 is made from the titles), so it is listed with where it was.
 */
export const REGIONS = { masthead: '报头', toc: '目录', section: '栏目标题', caption: '图片说明', closing: '报尾', header: '页眉', footer: '页脚' } as const;
export type Region = keyof typeof REGIONS;
const REGION_ANCHOR = /^jbz_([a-z]+)_\d+$/u;

/** Which part of the print a block is in: the masthead page, the body, or the 报尾. */
export type PrintPart = 'front' | 'body' | 'closing';

/** The region of a printed block that is not an item's paragraph. */
function regionOfBlock(part: PrintPart, role: string): Region | null {
  if (part === 'front') return role === 'tocHeading' ? 'toc' : 'masthead';
  if (part === 'closing') return 'closing';
  return role === 'sectionHeading' ? 'section' : role === 'caption' ? 'caption' : null;
}

/**
 * The anchor each printed paragraph of a 送审稿 gets: an item's paragraph by its source path, any other
 * by its region (numbered, as a bookmark's name must be unique).
 */
export function sentAnchors(doc: PMNode): (block: { source?: readonly number[]; role: string }, part: PrintPart) => string | undefined {
  const byPath = new Map(reviewParagraphs(doc).map((p) => [p.source.join('.'), p.anchor]));
  let regions = 0;
  return (block, part) => {
    const item = block.source ? byPath.get(block.source.join('.')) : undefined;
    if (item) return item;
    const region = regionOfBlock(part, block.role);
    return region ? `jbz_${region}_${++regions}` : undefined;
  };
}

/** Whether a bookmark's name is one of ours on an item's paragraph. */
export function isAnchor(name: string): boolean {
  return ANCHOR.test(name);
}

/** The region a bookmark of ours names, or null. */
export function regionOfAnchor(name: string): Region | null {
  const region = REGION_ANCHOR.exec(name)?.[1];
  return region && region in REGIONS ? (region as Region) : null;
}
