import { Readability } from '@mozilla/readability';
import { domToBlocks } from './from-dom.ts';
import { blockText, type RawBlock } from './raw-block.ts';
import { bylineOf } from './structure.ts';
import type { RemovedText } from './removed.ts';

/** Below this many Han characters what readability kept is no article: the page is read whole. */
const ARTICLE_HAN = 200;

const squash = (t: string) => t.replace(/\s+/gu, '');
const hanCount = (t: string) => t.match(/\p{Script=Han}/gu)?.length ?? 0;

/** `标题_频道_网站名`, `标题 | 网站名`, `标题-网站名`: a page's <title> ends with where it is. */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-—]\s)\s*[^_|｜]{1,16}$/u;

/** The article's title: a heading of the page that opens its <title>, else the <title> without its site and channel names. */
function titleOf(pageTitle: string, headings: string[]): string {
  const t = pageTitle.trim();
  const heading = headings.find((h) => squash(h).length >= 4 && squash(t).startsWith(squash(h)));
  if (heading) return heading;
  let stripped = t;
  while (SITE_SUFFIX.test(stripped) && stripped.replace(SITE_SUFFIX, '').trim().length >= 4) stripped = stripped.replace(SITE_SUFFIX, '').trim();
  return stripped;
}

/** A page with its frame: navigation or page regions, or much of its text in links. */
function wholePage(doc: Document): boolean {
  if (doc.querySelector('nav, header, footer, aside, [role="navigation"]')) return true;
  const all = squash(doc.body?.textContent ?? '').length;
  const links = [...doc.querySelectorAll('a')].reduce((n, a) => n + squash(a.textContent ?? '').length, 0);
  return all > 0 && links / all >= 0.25;
}

export interface WebArticle {
  blocks: RawBlock[];
  /** The page's lines readability left out (its menus, link lists, footers), for `removed`. */
  frame: RemovedText[];
}

/**
 * A web page (a saved .html, or HTML pasted from a browser) read as its article: Mozilla's
 * Readability, the reader view of Firefox, finds the article, its title and its byline from the
 * page's structure; our own rules then clean what it keeps. What it leaves out is listed line by
 * line, so that nothing goes unseen. A page too short to hold an article, or (`pasted`) a selection
 * without a page's frame, is read whole. `doc` is changed (Readability works on it).
 */
export function webArticle(doc: Document, { pasted = false } = {}): WebArticle {
  const whole = domToBlocks(doc.body ?? doc);
  // A selection of an article's paragraphs is read as it is: only a page copied whole (its menus and link lists with it) has a frame to leave out.
  if (pasted && !wholePage(doc)) return { blocks: whole, frame: [] };
  const headings = [...doc.querySelectorAll('h1, h2')].map((h) => (h.textContent ?? '').trim()).filter(Boolean);
  let found: ReturnType<Readability<Node>['parse']> = null;
  try {
    found = new Readability<Node>(doc, { serializer: (node) => node, charThreshold: 300 }).parse();
  } catch {
    found = null;
  }
  if (!found?.content || hanCount(found.textContent ?? '') < ARTICLE_HAN) return { blocks: whole, frame: [] };
  const body = domToBlocks(found.content);
  const title = titleOf(found.title ?? '', headings);
  const opens = body.find((b) => blockText(b).trim());
  const head: RawBlock[] = [];
  if (title && (!opens || squash(blockText(opens)) !== squash(title))) head.push({ runs: [{ text: title }], continues: false, hint: { kind: 'title' } });
  else if (opens) opens.hint = { kind: 'title' };
  const byline = (found.byline ?? '').trim();
  if (byline && bylineOf(byline) !== null && !body.some((b) => squash(blockText(b)).includes(squash(byline)))) head.push({ runs: [{ text: byline }], continues: false });
  const blocks = [...head, ...body];
  // Lines of the page not in the article, counted as a multiset: a line the article also holds once is kept once.
  const kept = new Map<string, number>();
  for (const b of blocks) kept.set(squash(blockText(b)), (kept.get(squash(blockText(b))) ?? 0) + 1);
  const frame: RemovedText[] = [];
  for (const b of whole) {
    const key = squash(blockText(b));
    if (!key) continue;
    const n = kept.get(key) ?? 0;
    if (n > 0) kept.set(key, n - 1);
    else frame.push({ text: blockText(b).trim(), rule: 'pageFrame' });
  }
  return { blocks, frame };
}
