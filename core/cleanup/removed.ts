import type { CleanupWarning } from './damage.ts';

/**
 * What a cleanup rule took out of a contributor's text, and which rule: nothing leaves silently.
 * `jianbao clean --json` lists these, and the 收稿箱 shows them under 查看改动.
 */
export const REMOVAL_RULES = {
  boilerplate: '网页杂项',
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

/** Rules that move text to another part of the article rather than take it out. */
const MOVED: ReadonlySet<RemovalRule> = new Set(['caption', 'byline']);

/** Characters really taken out (what was only moved aside not counted), as 已删除 N 字 says. */
export function removedChars(removed: readonly RemovedText[]): number {
  return removed.filter((r) => !MOVED.has(r.rule)).reduce((n, r) => n + r.text.replace(/\s/gu, '').length, 0);
}

const LIST_ITEM = /^\s*(?:[•▪◦●■◆○\-*·]|[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.．、])\s*\S/u;

/** A removed line that reads as the article's own words: a sentence of 15 Han or more, or an item of a list. */
export function readsAsText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return (han >= 15 && /[，。；！？、：]/u.test(text)) || (LIST_ITEM.test(text) && han >= 4);
}

/** The clerk is told of each removed line that may be the article's own text, by its words. */
export function removalWarnings(removed: readonly RemovedText[]): CleanupWarning[] {
  return removed
    .filter((r) => !MOVED.has(r.rule) && readsAsText(r.text))
    .map((r) => {
      const t = r.text.replace(/\s+/gu, ' ').trim();
      return { text: [...t].length > 40 ? `${[...t].slice(0, 40).join('')}…` : t, message: `已作为“${REMOVAL_RULES[r.rule]}”删除，但看起来像正文，请对照原稿核对` };
    });
}
