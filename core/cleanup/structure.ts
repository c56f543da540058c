import { SENTENCE_END } from './chars.ts';

/** Heading level from its numbering (`一、` `（一）` `1.` `（1）`); `一是` lead-ins are not headings. */
export function numberedLevel(text: string): number | null {
  if (/^[一二三四五六七八九十]+、/u.test(text)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]/u.test(text)) return 2;
  if (/^\d{1,2}[.．、](?!\d)/u.test(text)) return 3;
  if (/^[（(]\d{1,2}[)）]/u.test(text)) return 4;
  return null;
}

/** A short line with a heading's numbering and no full sentence in it. */
export function isHeading(text: string): boolean {
  return numberedLevel(text) !== null && text.length <= 50 && !/[。！？；].+/u.test(text.slice(0, -1));
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

/** `（文/徐文震、赵丹阳 图/张炜）`, `文/王芳`, `作者：…`, `记者 张三 通讯员 李四`. */
const ROLE_BYLINE = /^[（(]?\s*(文|图|图文|摄影|摄|记者|通讯员|作者|撰稿)\s*[/／:：]?\s*\S/u;
/** `（王维平）`, `（第二党小组）`: a signature in parentheses at the end. */
const SIGNATURE = /^[（(]\s*([\p{Script=Han}·]{2,10})\s*[)）]$/u;

export function bylineOf(text: string): string | null {
  const t = text.trim();
  if (t.length <= 60 && ROLE_BYLINE.test(t) && !/[。，；]/u.test(t)) return t.replace(/^[（(]|[)）]$/gu, '').replace(/[)）]\s*[（(]/gu, ' ').trim();
  const signature = SIGNATURE.exec(t);
  return signature ? signature[1]! : null;
}

/** Photo captions: `▲学员们在参观`, `图为…`, `（图为…）`. */
export function captionOf(text: string): string | null {
  const t = text.trim();
  const m = /^(?:▲|△|↑)\s*(.+)$/u.exec(t) ?? /^[（(]?\s*(图为.+?)[)）]?$/u.exec(t);
  return m && t.length <= 80 ? m[1]!.trim() : null;
}

/** `（来源：人民日报）`, `来源：…`, or a medium's name in parentheses ending the last paragraph. */
export function isSourceLine(text: string): boolean {
  return /^[（(]?\s*(来源|稿源|转自|出处)\s*[:：]/u.test(text.trim()) && text.length <= 60;
}
