import { SENTENCE_END } from './chars.ts';
import { closesArticle } from './structure.ts';
import { isListItem } from './removed.ts';

/**
 * Article text: a sentence of some length, mostly Chinese, finished. What a web page or a WeChat
 * account puts after an article (its name and slogan, counts, headlines, links) is not.
 */
export function readsAsArticleText(text: string): boolean {
  if (text.length < 20 || !SENTENCE_END.test(text) || /[|｜]/u.test(text)) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han / [...text].length >= 0.6;
}

/**
 * Once the source line or the signature has come after the body, what follows is leaving the
 * article: the page's tail (everything after the last line that reads as article text, or closes
 * one) goes. What stands between is kept, so that a paste of several articles keeps the titles
 * and headings of those after the first. A tail that holds an item of a list is the article going
 * on (a list after a line that only looked like a signature): kept whole.
 * Returns how many of `texts` to keep.
 */
export function withoutTail(texts: string[], bodyStart: number): number {
  let end = -1;
  for (let i = bodyStart + 1; i < texts.length && end < 0; i++) if (closesArticle(texts[i]!)) end = i;
  if (end < 0) return texts.length;
  let last = end;
  for (let i = texts.length - 1; i > end; i--)
    if (closesArticle(texts[i]!) || readsAsArticleText(texts[i]!)) {
      last = i;
      break;
    }
  return texts.slice(last + 1).some(isListItem) ? texts.length : last + 1;
}

/** `（来源：松江区委党校）Disclaimer: …`: a source line with the page's tail glued to it, as two lines. */
export function splitSourceLine(text: string): [string, string] | null {
  const m = /^(\s*[（(]\s*(?:来源|稿源|转自|出处)\s*[:：][^)）]{1,40}[)）])(.+)$/u.exec(text);
  return m && m[2]!.trim() ? [m[1]!, m[2]!] : null;
}
