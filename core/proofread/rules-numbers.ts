import type { Finding, Formulations } from './finding.ts';
import { escapeRegExp } from './reg-exp.ts';

/** GB/T 15835: numbers that are part of a fixed phrase are written in characters; a year is written one way throughout. */

const HAN_DIGITS = '〇一二三四五六七八九';
/** A number in characters inside a phrase: 十四 in 十四五, 二十 in 党的二十大, 两 in 两个维护. */
const TOKEN = /[一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二两三四五六七八九]/gu;
/** A number followed by one of these counts something (十八亿亩): digits are as right there. */
const COUNTED = /^[亿万千百多余年月日]/u;

function value(token: string): number {
  const digit = (ch: string | undefined) => (ch === '两' ? 2 : HAN_DIGITS.indexOf(ch ?? ''));
  if (!token.includes('十')) return digit(token);
  const [tens, ones] = token.split('十');
  return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}


interface Term {
  re: RegExp;
  tokens: string[];
  /** The longest run of the term without a number or a quote: a text without it cannot hold the term. */
  key: string;
}

/**
 * A dictionary phrase or formula name with a number in it, as a search that also takes the number in
 * digits. A name that is also a plain count (`5个中心` may be five centres) counts only in quotes.
 */
function numberTerm(term: string, quoted: boolean): Term | null {
  const tokens: string[] = [];
  let pattern = '';
  let last = 0;
  for (const m of term.matchAll(TOKEN)) {
    if (COUNTED.test(term.slice(m.index + m[0].length))) return null;
    pattern += escapeRegExp(term.slice(last, m.index)) + `(${m[0]}|(?<!\\d)${value(m[0])}(?![\\d.]))`;
    tokens.push(m[0]);
    last = m.index + m[0].length;
  }
  if (!tokens.length) return null;
  // Quotes may be left out or kept: `“十四五”规划`, `十四五规划`.
  pattern = (pattern + escapeRegExp(term.slice(last))).replace(/[“”]/gu, '[“”"]?');
  const key = term.split(/[“”]|[〇一二两三四五六七八九十]/u).reduce((a, b) => (b.length > a.length ? b : a), '');
  return { re: new RegExp(quoted ? `[“"]${pattern}[”"]` : pattern, 'dgu'), tokens, key };
}

const terms = new WeakMap<Formulations, Term[]>();
function numberTerms(dict: Formulations): Term[] {
  let list = terms.get(dict);
  if (!list) {
    const phrases = new Set(dict.phrases.map((p) => p.text));
    const names = dict.formulas.map((f) => f.name).filter((n) => n && !phrases.has(n));
    list = [...[...phrases].map((p) => numberTerm(p, false)), ...names.map((n) => numberTerm(n, true))].filter((t): t is Term => t !== null);
    terms.set(dict, list);
  }
  return list;
}

/** 标点数字 for numbers: digits in a fixed phrase (`“4个意识”`), and a zero in a year written in characters as `零`. */
export function numberFindings(text: string, dict: Formulations): Finding[] {
  const out: Finding[] = [];
  if (/\d/u.test(text)) {
    for (const { re, tokens, key } of numberTerms(dict)) {
      if (!text.includes(key)) continue;
      for (const m of text.matchAll(re)) {
        if (!tokens.some((_, k) => /\d/u.test(m[k + 1]!))) continue;
        let fixed = m[0];
        // Right to left, so that the places of the numbers before stay where they are.
        for (let k = tokens.length - 1; k >= 0; k--) {
          const [from, to] = m.indices![k + 1]!;
          fixed = fixed.slice(0, from - m.index) + tokens[k] + fixed.slice(to - m.index);
        }
        out.push({ offset: m.index, length: m[0].length, found: m[0], suggestion: fixed, category: 'punctuation', message: '固定词语中的数字应使用汉字' });
      }
    }
  }
  for (const m of text.matchAll(/[一二][〇零OＯ0○一二三四五六七八九]{3}(?=年)/gu))
    if (/[零OＯ0○]/u.test(m[0]))
      out.push({ offset: m.index, length: 4, found: m[0], suggestion: m[0].replace(/[零OＯ0○]/gu, '〇'), category: 'punctuation', message: '年份中的“0”应写作“〇”' });
  return out;
}

const ARABIC_YEAR = /(?<![\d.])(?:1[89]|20)\d{2}(?=年)/gu;
const HAN_YEAR = /[一二][〇九][〇一二三四五六七八九]{2}(?=年)/gu;

/**
 * Years written both ways in one issue (`2025年` and `二〇二五年`): the fewer are found, in favour of
 * the way the issue mostly writes them (digits on a tie, as GB/T 15835 prefers for the calendar).
 */
export function yearStyleFindings(blocks: string[]): { block: number; finding: Finding }[] {
  const years = blocks.flatMap((text, block) => [
    ...[...text.matchAll(ARABIC_YEAR)].map((m) => ({ block, m, han: false })),
    ...[...text.matchAll(HAN_YEAR)].map((m) => ({ block, m, han: true })),
  ]);
  const han = years.filter((y) => y.han).length;
  const arabic = years.length - han;
  if (!han || !arabic) return [];
  const minorityHan = han <= arabic;
  const example = years.find((y) => y.han !== minorityHan)!.m[0];
  return years
    .filter((y) => y.han === minorityHan)
    .map(({ block, m }) => ({
      block,
      finding: {
        offset: m.index,
        length: m[0].length,
        found: m[0],
        suggestion: [...m[0]].map((ch) => (minorityHan ? String(HAN_DIGITS.indexOf(ch)) : HAN_DIGITS[Number(ch)]!)).join(''),
        category: 'punctuation',
        message: `本期年份多写作“${example}年”，宜统一`,
      },
    }));
}
