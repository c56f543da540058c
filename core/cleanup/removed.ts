import type { CleanupWarning } from './damage.ts';

/**
 * What a cleanup rule took out of a contributor's text, and which rule: nothing leaves silently.
 * `jianbao clean --json` lists these, and the 收稿箱 shows them under 查看改动.
 */
export const REMOVAL_RULES = {
  boilerplate: '网页杂项',
  pageFrame: '网页框架（菜单、链接、页脚）',
  spam: '社交媒体杂项',
  pageNumber: '页码',
  runningHead: '页眉页脚',
  pageFurniture: '版面杂项',
  tail: '文末杂项',
  frontMatter: '封面和目录',
  caption: '图片说明（移到照片下）',
  byline: '署名（移到署名栏）',
} as const;
export type RemovalRule = keyof typeof REMOVAL_RULES;

export interface RemovedText {
  text: string;
  rule: RemovalRule;
}

/**
 * Rules whose removals need no warning a line: a cover and a 目录 are listed in a warning of their
 * own, and a web page's frame lines (navigation, counters, disclaimers) are matched by patterns
 * written for exactly them. The others judge by length, place or repetition, and can be wrong.
 */
const LISTED: ReadonlySet<RemovalRule> = new Set(['frontMatter', 'boilerplate']);

/** Rules that move text to another part of the article rather than take it out. */
const MOVED: ReadonlySet<RemovalRule> = new Set(['caption', 'byline']);
export const isMoved = (r: RemovedText) => MOVED.has(r.rule);

/** Characters really taken out (what was only moved aside not counted), as 已删除 N 字 says. */
export function removedChars(removed: readonly RemovedText[]): number {
  return removed.filter((r) => !MOVED.has(r.rule)).reduce((n, r) => n + r.text.replace(/\s/gu, '').length, 0);
}

const LIST_ITEM = /^\s*(?:[•▪◦●■◆○\-*·①②③④⑤⑥⑦⑧⑨⑩]|[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.．、])\s*\S/u;

const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/** An item of a list: a bullet or a number (`1.`, `（二）`, `①`) before some words. */
export const isListItem = (text: string) => LIST_ITEM.test(text) && hanCount(text) >= 4;

/**
 * A removed line that reads as the article's own words: a sentence of 15 Han or more (a full stop
 * in it, or a clause mark ending it: a slogan or a headline has neither), or an item of a list.
 */
export function readsAsText(text: string): boolean {
  return (hanCount(text) >= 15 && /[。！？]|[；，…]$/u.test(text.trim())) || isListItem(text);
}

const shorten = (text: string, chars = 40) => {
  const t = text.replace(/\s+/gu, ' ').trim();
  return [...t].length > chars ? `${[...t].slice(0, chars).join('')}…` : t;
};

/**
 * The clerk is told of each removed line that may be the article's own text, by its words; a web
 * page's frame, many lines of links, in one warning that names those that read as text.
 */
export function removalWarnings(removed: readonly RemovedText[]): CleanupWarning[] {
  const suspect = removed.filter((r) => !MOVED.has(r.rule) && !LISTED.has(r.rule) && readsAsText(r.text));
  const frame = suspect.filter((r) => r.rule === 'pageFrame');
  const lines = suspect
    .filter((r) => r.rule !== 'pageFrame')
    .map((r) => ({ text: shorten(r.text), message: `已作为“${REMOVAL_RULES[r.rule]}”删除，但看起来像正文，请对照原稿核对` }));
  if (!frame.length) return lines;
  const total = removed.filter((r) => r.rule === 'pageFrame').length;
  const named = frame.slice(0, 5).map((r) => shorten(r.text, 24)).join(' / ') + (frame.length > 5 ? ' …' : '');
  return [...lines, { text: named, message: `网页正文以外的 ${total} 行（菜单、相关链接、页脚等）未导入，其中 ${frame.length} 行像正文，请对照原网页核对` }];
}
