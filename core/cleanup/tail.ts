import { SENTENCE_END } from './chars.ts';
import { bylineOf, isSourceLine } from './structure.ts';

/**
 * Article text: a sentence of some length, mostly Chinese, finished. What a web page or a WeChat
 * account puts after an article (its name and slogan, counts, headlines, links) is not.
 */
export function readsAsArticleText(text: string): boolean {
  const chars = [...text];
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  return chars.length >= 20 && han / chars.length >= 0.6 && SENTENCE_END.test(text) && !/[|｜]/u.test(text);
}

/** A line that closes an article: its source (`（来源：…）`) or its signature. */
export const closesArticle = (text: string) => isSourceLine(text) || bylineOf(text) !== null;

/**
 * Once the source line or the signature has come after the body, what follows is leaving the
 * article: kept only where it reads as article text (or is another closing line); the rest is
 * the page's tail. Returns the indexes of `texts` to keep.
 */
export function withoutTail(texts: string[], bodyStart: number): number[] {
  const end = texts.findIndex((t, i) => i > bodyStart && closesArticle(t));
  if (end < 0) return texts.map((_, i) => i);
  return texts.flatMap((t, i) => (i <= end || closesArticle(t) || readsAsArticleText(t) ? [i] : []));
}

/** `（来源：松江区委党校）Disclaimer: …`: a source line with the page's tail glued to it, as two lines. */
export function splitSourceLine(text: string): [string, string] | null {
  const m = /^(\s*[（(]\s*(?:来源|稿源|转自|出处)\s*[:：][^)）]{1,40}[)）])(.+)$/u.exec(text);
  return m && m[2]!.trim() ? [m[1]!, m[2]!] : null;
}
