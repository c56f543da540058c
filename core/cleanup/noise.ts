/**
 * Lines that are not the article: web and WeChat boilerplate, and the page furniture of a PDF.
 */

const BOILERPLATE: RegExp[] = [
  /^(当前位置|您的位置|你的位置|所在位置)[:：]/u,
  /^首页\s*[>＞»›/]/u,
  /[>＞»›]\s*(正文|详情)\s*$/u,
  /^(分享到|分享至|转发到)[:：]?/u,
  /^(阅读|浏览|点击)(量|数|次数)?\s*[:：]?\s*\d+(\.\d+)?\s*[万wW]?\+?\s*((点?赞|在看|喜欢|分享|转发|评论|收藏)\s*[:：]?\s*\d*\s*)*$/u,
  /^((点?赞|在看|喜欢|分享|转发|评论|收藏)\s*[:：]?\s*\d*\s*){1,6}$/u,
  /^(特别)?声明[:：]/u,
  /^(免责声明|版权声明|转载声明)/u,
  /^(往期回顾|往期推荐|推荐阅读|相关阅读|延伸阅读|热门推荐|猜你喜欢|精彩推荐)\s*[:：]?\s*$/u,
  /(长按|扫描|扫码)(识别)?(下方|上方)?(二维码|小程序码)/u,
  /^(点击|戳)?(上方|下方)?.{0,6}(蓝字|关注我们|关注公众号|设为星标)/u,
  /^(微信号|公众号|ID)[:：]\s*\S+$/u,
  /^[[【]?(责任编辑|编辑|校对|审核|终审|监制|排版|美编)[:：]\s*\S{1,12}(\s+\S{1,12}){0,3}$/u,
  /^(本文)?(来源于网络|图片来源网络|如有侵权.*删除)/u,
  /^(广告|推广|赞助)\s*$/u,
  /^(上一篇|下一篇)[:：]/u,
  // A page's facts line: `发布时间：2025-05-28 09:32  来源：…  浏览次数：1286`.
  /^(发布时间|发布日期|发布于|时间|日期)\s*[:：]\s*\d{4}/u,
  // A WeChat article's head: `原创 松江党校 松江党校 2025年05月30日 17:45 上海`.
  /^(原创|转载)\s.*\d{4}年\d{1,2}月\d{1,2}日/u,
  /^(听全文|预览时标签不可点|在小说阅读器中沉浸阅读|微信扫一扫.*|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|阅读原文|写留言|留言|已同步到看一看|Modified on.*)$/u,
  /^(文章|关注者|粉丝|原创内容)\s*[\d,.]+\s*万?/u,
  /^(打印|关闭窗口|返回顶部|【?关闭】?|【?打印】?)(\s*(打印|关闭窗口|返回顶部))*\s*$/u,
];

/**
 * A teaser list's item: a bullet before a headline or an excerpt cut off mid-word (it ends in no
 * mark at all), or damaged. A bullet before a finished clause (`•一般交存：源程序…；`) is a list of the text.
 */
const isTeaser = (t: string) => /^[•▪◦●]\s*/u.test(t) && (t.includes('\uFFFD') || !/[\p{P}]$/u.test(t));

/** Social-media spam: WeChat or Weibo emoji codes `[可怜]`, hashtags `#…#`, a teaser list's bullets. */
function isSpam(t: string): boolean {
  const emoji = t.match(/\[[\p{Script=Han}a-zA-Z]{1,4}\]/gu)?.length ?? 0;
  const hashtags = t.match(/#[^#\s]{1,30}#/gu)?.length ?? 0;
  return emoji >= 2 || hashtags >= 1 || isTeaser(t);
}

/** A keyword line or a link bar: four or more short items between `|`, with no sentence in them. */
function isKeywordBar(t: string): boolean {
  const items = t.split(/\s*[|｜]\s*/u);
  return items.length >= 4 && items.every((i) => i.length <= 12 && !/[，。；！？]/u.test(i));
}

/** Which rule takes a line out as not the article: a web page's frame, social-media spam, or none. */
export function noiseRule(line: string): 'boilerplate' | 'spam' | null {
  const t = line.trim();
  if (!t) return null;
  if ((t.length <= 120 && BOILERPLATE.some((re) => re.test(t))) || isKeywordBar(t)) return 'boilerplate';
  return isSpam(t) ? 'spam' : null;
}

/** Page numbers of a PDF: `— 3 —`, `- 3 -`, `第3页`, `3/12`, a lone number. */
const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／共]\s*\d{1,4}\s*页?)?[-—–\s]*$/u;

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

/** Continuation markers a PDF leaves where an article jumps pages: `(上接B1版)`, `（下转第2版）`. */
export const CONTINUATION = /[(（]\s*(上接|下转|接上|转下|续前|接第)[^)）]{0,12}[)）]/gu;

/**
 * Running heads: a short line that comes back three times or more in a pasted document is the
 * page's header or footer, not the text; so is one that opens the text and comes back (a
 * newspaper page's head, copied with two pages).
 */
export function runningHeads(lines: string[]): Set<string> {
  const seen = new Map<string, number>();
  const top = new Set(lines.map((l) => l.trim()).filter(Boolean).slice(0, 3));
  for (const l of lines) {
    const t = l.trim();
    // A heading of a page is no sentence, and comes back once a page: never half of all the lines.
    if (t.length >= 2 && t.length <= 30 && !/[。！？]$/u.test(t)) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([t, n]) => (n >= 3 || (n === 2 && top.has(t))) && n <= lines.length / 2).map(([t]) => t));
}
