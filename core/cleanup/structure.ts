import { SENTENCE_END } from './chars.ts';

/** Heading level from its numbering (`一、` `（一）` `1.` `（1）`); `一是` lead-ins are not headings. */
export function numberedLevel(text: string): number | null {
  if (/^[一二三四五六七八九十]+、/u.test(text)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]/u.test(text)) return 2;
  if (/^\d{1,2}[.．、](?!\d)/u.test(text)) return 3;
  if (/^[（(]\d{1,2}[)）]/u.test(text)) return 4;
  return null;
}

/** A heading's number and the mark after it, where a line starts with one. */
const NUMBER_PREFIX = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])/u;

/** A short line with a heading's numbering, words after it, and no full sentence in it (a bare `（3）` is a speech's slide mark). */
export function isHeading(text: string): boolean {
  return numberedLevel(text) !== null && text.length <= 50 && !/[。！？；].+/u.test(text.slice(0, -1)) && /\p{L}/u.test(text.replace(NUMBER_PREFIX, ''));
}

/** A title: short, one line, not a sentence. */
export function looksLikeTitle(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 50 &&
    !SENTENCE_END.test(text.replace(/[？！?!]$/u, '')) &&
    !/[，、,]$/u.test(text) &&
    !/[。；]/u.test(text) &&
    numberedLevel(text) === null
  );
}

/**
 * `（文/徐文震、赵丹阳 图/张炜）`, `文/王芳`, `作者：…`, `记者 张三 通讯员 李四`, `记者王敏`. 文 and
 * 图 are a role only with their mark (`文化铸魂` and `图书馆…` are words), as is 作者 (`作者简介`).
 */
const ROLE_BYLINE = /^[（(]?\s*(?:(?:文|图|图文|摄影|摄|撰稿|作者)\s*[/／:：]|(?:记者|通讯员|摄影|撰稿)\s+|(?:记者|通讯员)(?=[\p{Script=Han}·]{2,4}(?:$|\s|[)）])))\s*\S/u;
/** `（王维平）`, `（第二党小组）`, `（第二党小组 王芳）`: a signature in parentheses at the end. */
const SIGNATURE = /^[（(]\s*([\p{Script=Han}·]{2,12}(?:\s+[\p{Script=Han}·]{2,4})?)\s*[)）]$/u;
/** `区城市运行管理中心 赵立群`: a unit and a name, the byline under an essay's title. */
const UNIT_AND_NAME = /^[\p{Script=Han}（）]{2,24}\s+[\p{Script=Han}·]{2,4}$/u;

/** `张 炜`, `（张 颖）`: the space that pads a two-character name to the width of three goes. */
const PADDED_NAME = /(?<=(?:^|[\s/／、：:（(])\p{Script=Han})\s(?=\p{Script=Han}(?:$|[\s、)）]))/gu;

/** The byline a line holds, spaced as written (`记者 王敏 通讯员 李晓峰`), or null. */
export function bylineOf(text: string): string | null {
  const t = text.trim().replace(/\s+/gu, ' ').replace(PADDED_NAME, '');
  if (t.length <= 60 && ROLE_BYLINE.test(t) && !/[。，；]/u.test(t)) return t.replace(/^[（(]|[)）]$/gu, '').replace(/[)）]\s*[（(]/gu, ' ').trim();
  const signature = SIGNATURE.exec(t);
  return signature ? signature[1]! : null;
}

/** A byline right under the title may also be a unit and a name with no marks at all. */
export function bylineUnderTitle(text: string): string | null {
  const t = text.trim().replace(/\s+/gu, ' ');
  return bylineOf(t) ?? (UNIT_AND_NAME.test(t) ? t : null);
}

/** Photo captions: `▲学员们在参观`, `▶…`, `图为…`, `（图为…）`. */
export function captionOf(text: string): string | null {
  const t = text.trim();
  const m = /^(?:▲|△|↑|▶|►)\s*(.+)$/u.exec(t) ?? /^[（(]?\s*(图为.+?)[)）]?$/u.exec(t);
  return m && t.length <= 80 ? m[1]!.trim() : null;
}

/** A caption is finished by a photographer's credit (`记者 王敏 摄`), a full stop or a closing bracket. */
export const CAPTION_END = /(?:摄[)）]?|[。！）)])$/u;

/** A credit on a line of its own after a caption: `（记者 王敏 摄）`. */
export function isPhotoCredit(text: string): boolean {
  return /^[（(]?\s*(?:(?:记者|通讯员|摄影)\s*)?[\p{Script=Han}·\s]{2,16}\s*摄[)）]?$/u.test(text.trim());
}

/**
 * A section heading with no numbering, as newspapers and WeChat articles set them: a short line
 * of words with no punctuation. Where it stands (after a finished sentence, before a paragraph) is
 * judged by the caller.
 */
export function headingWords(text: string): boolean {
  const t = text.trim();
  const length = [...t].length;
  return length >= 4 && length <= 30 && /\p{Script=Han}/u.test(t) && !/[，。、；：！？,.;:!?（）()|>]/u.test(t);
}

/** `（来源：人民日报）`, `来源：…`, or a medium's name in parentheses ending the last paragraph. */
export function isSourceLine(text: string): boolean {
  return /^[（(]?\s*(来源|稿源|转自|出处)\s*[:：]/u.test(text.trim()) && text.length <= 60;
}

/**
 * A letter's closing, each part a line of its own: `此致`, `敬礼！`, the signature
 * (`申请人：张三`) and the date (`2024年5月1日`, `二〇二四年五月一日`). Kept as written, never joined.
 */
export function isLetterClosing(text: string): boolean {
  const t = text.trim().replace(/\s+/gu, '');
  return (
    /^(?:此致|敬礼[!！]?|此致敬礼[!！]?)$/u.test(t) ||
    /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日$/u.test(t) ||
    /^(?:申请人|汇报人|报告人|思想汇报人|学员|签名|署名|本人)[:：][\p{Script=Han}·]{2,8}$/u.test(t)
  );
}

/** A line that closes an article: its source (`（来源：…）`) or its signature. */
export const closesArticle = (text: string) => isSourceLine(text) || bylineOf(text) !== null;
