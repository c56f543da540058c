import { isCommonHanzi } from './common-hanzi.ts';

/** A stretch of text that looks damaged, kept as it is and shown to the clerk. */
export interface CleanupWarning {
  text: string;
  message: string;
}

/** Pinyin after a character, its letters possibly damaged (`?`), its brackets possibly lost. */
const READING = /(?<=\p{Script=Han})[(（]?[a-zü?āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}(?:\s+[a-zü?āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}){0,5}[)）]?/gu;

const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

/** Each check runs only where its cheap sign is in the text: most paragraphs have none. */
const CHECKS: { sign: RegExp; re: RegExp; message: string; only?: (found: string) => boolean }[] = [
  { sign: /\uFFFD/u, re: /.{0,6}\uFFFD+.{0,6}/gu, message: '有无法识别的字符（乱码），请对照原稿核对' },
  { sign: /\?/u, re: /\p{Script=Han}\?+\p{Script=Han}/gu, message: '汉字中间有问号，可能是丢失的字，请对照原稿核对' },
  // UTF-8 read as Latin-1 or Windows-1252: `åŸŽå¸‚`, `Ã©`, `â€œ`.
  {
    sign: /[\u00c0-\u00ff]/u,
    re: /.{0,4}(?:[ÃÂÐÑâ][\u0080-\u00ff\u0152-\u0192\u02c6\u02dc\u2013-\u2122]|[\u00c0-\u00ff][\u0080-\u00ff\u0152-\u0192\u02c6\u02dc\u201a\u201e\u2020-\u2022\u2030\u2039\u203a\u20ac\u2122]+[\u00c0-\u00ff]).{0,4}/gu,
    message: '有编码错误造成的乱码，请对照原稿核对',
  },
  { sign: /[□■]/u, re: /.{0,4}[□■]{1,}.{0,4}/gu, message: '有显示为方框的字，可能是缺字，请对照原稿核对' },
  // What quote pairing left straight: a mark whose partner the text lost.
  { sign: /"/u, re: /.{0,6}(?<=\p{Script=Han}|[，。、；：！？])"|"(?=\p{Script=Han}).{0,6}/gu, message: '引号不成对，可能丢失了一个引号，请对照原稿核对' },
  // A reading cleanup could not take out as one, since its brackets or letters were damaged; Latin words carry no tone mark.
  { sign: TONE, re: READING, message: '疑似残留的拼音注音（括号或字母已损坏），请对照原稿核对后删除', only: (found) => TONE.test(found) },
];

/** Kana, bopomofo, hangul, private-use and `€`: what GBK makes of UTF-8 bytes besides rare characters. */
const STRAY = /[\u3040-\u31ff\uac00-\ud7af\ue000-\uf8ff\u20ac]/u;
const isRare = (code: number) => {
  const han = (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code >= 0x20000;
  return han ? !isCommonHanzi(code) : STRAY.test(String.fromCodePoint(code));
};

/** Text decoded with the wrong encoding (UTF-8 read as GBK): a clause made mostly of rare characters. */
function mojibake(text: string): CleanupWarning[] {
  const found: CleanupWarning[] = [];
  for (const m of text.matchAll(/[^，。；：！？、“”（）《》\s]{4,}/gu)) {
    let rare = 0;
    let length = 0;
    for (const ch of m[0]) {
      length++;
      if (isRare(ch.codePointAt(0)!)) rare++;
    }
    if (rare < 4 || rare / length < 0.5) continue;
    const chars = [...m[0]];
    const first = chars.findIndex((c) => isRare(c.codePointAt(0)!));
    const last = chars.findLastIndex((c) => isRare(c.codePointAt(0)!));
    found.push({ text: chars.slice(first, last + 1).join(''), message: '疑似编码错误造成的乱码（一串生僻字），请对照原稿核对' });
  }
  return found;
}

/** Damage cleanup cannot repair: mojibake, a `?` inside a word, missing-glyph boxes, a damaged reading, an unpaired quote. Never "fixed". */
export function findDamage(text: string): CleanupWarning[] {
  const found: CleanupWarning[] = [];
  for (const { sign, re, message, only } of CHECKS)
    if (sign.test(text)) for (const m of text.matchAll(re)) if (!only || only(m[0])) found.push({ text: m[0], message });
  return [...found, ...mojibake(text)];
}
