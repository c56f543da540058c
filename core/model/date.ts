/** Dates are stored as ISO `YYYY-MM-DD` and shown the Chinese way, `2025年5月21日`. */

/** The local day as `YYYY-MM-DD`: a clerk's today, not UTC's. */
export function todayIso(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Finds a date written `2025年5月21日` within a line (the sample's masthead); null when there is no real one. */
export function parseChineseDate(text: string): string | null {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/** A date as a clerk typed it: the ISO date, or what is wrong with it, said in Chinese. */
export type DateReading = { ok: true; iso: string } | { ok: false; problem: string };

const UNREADABLE = '无法识别的日期，请写成 2025年5月21日';
/** Digits of a year written out, `二〇二五`; clerks often type `○` or the letter O for 〇. */
const YEAR_DIGITS: Record<string, number> = { '〇': 0, '零': 0, '○': 0, O: 0, o: 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
const UNITS = '一二三四五六七八九';

/** A year: four digits, Arabic or Chinese. */
function yearOf(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  const digits = [...text].map((ch) => YEAR_DIGITS[ch]);
  return digits.length === 4 && digits.every((d) => d !== undefined) ? Number(digits.join('')) : null;
}

/** A month or day: `6`, `06`, or written out up to 三十一 (`三`, `十二`, `二十`, `三十一`). */
export function smallNumberOf(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || (!m[2] && m[3])) return null;
  const tens = m[2] ? (m[1] ? UNITS.indexOf(m[1]) + 1 : 1) : 0;
  const ones = (m[2] ? m[3] : m[1]) ?? '';
  return tens * 10 + (ones ? UNITS.indexOf(ones) + 1 : 0);
}

/** Year, month and day as typed, in any of the ways clerks write them, or null. */
function partsOf(text: string): [number, number, number] | null {
  const numeric = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (numeric) return [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
  const written = /^(.+?)年(.+?)月(.+?)[日号]?$/u.exec(text);
  if (!written) return null;
  const [y, mo, d] = [yearOf(written[1]!), smallNumberOf(written[2]!), smallNumberOf(written[3]!)];
  return y === null || mo === null || d === null ? null : [y, mo, d];
}

/**
 * Reads a date as clerks write it — `2025年6月3日`, `2025/6/3`, `2025-06-03`, `2025.6.3`,
 * `二〇二五年六月三日`, in full-width digits too — and says what is wrong when it is no real date.
 */
export function readDate(typed: string): DateReading {
  // NFKC makes full-width digits and separators (`２０２５／６／３`) plain ones.
  const text = typed.normalize('NFKC').replace(/\s/gu, '');
  if (!text) return { ok: false, problem: '请填写日期，如 2025年5月21日' };
  const parts = partsOf(text);
  if (!parts) return { ok: false, problem: UNREADABLE };
  const [y, mo, d] = parts;
  // Date.UTC reads years below 100 as 19xx; a briefing's year is a modern one anyway.
  if (y < 1900 || y > 2099) return { ok: false, problem: `年份${y}不对，请写成 2025年5月21日` };
  if (mo < 1 || mo > 12) return { ok: false, problem: `${y}年没有${mo}月` };
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealDate(iso) ? { ok: true, iso } : { ok: false, problem: `${y}年${mo}月没有${d}日` };
}
