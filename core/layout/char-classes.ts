/**
 * Character classes of Chinese line breaking (GB/T 15834 kinsoku, as LibreOffice's zh-CN locale data
 * and Word apply them).
 */

/** Marks that may not begin a line. */
export const NO_LINE_START = new Set([...'!),.:;?]}¢\'"、。〉》」』】〕〗〞︰︱︳﹐﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―′’”％℃°']);

/** Marks that may not end a line. */
export const NO_LINE_END = new Set([...'([{£¥\'"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝“‘']);

/**
 * Marks that may hang past the right margin instead of being pushed to the next line (measured on
 * LibreOffice: closing brackets and quotes do not hang, they take the character before along).
 */
export const HANGING = new Set([...'、。，．；：！？']);

/** Marks that come in pairs a line never splits: `……` and `——`. */
export const PAIRED = new Set(['…', '—']);

/** Characters laid out on the full-width (one cell) Chinese grid. */
export function isFullWidth(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // CJK radicals, punctuation, kana, ideographs
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3ffff) ||
    c === 0x2026 || // …
    c === 0x2014 || // —
    (c >= 0x2018 && c <= 0x201d) || // ‘ ’ “ ” beside Chinese text
    // Symbols a run hinted East Asian takes from the Chinese face (measured on LibreOffice):
    c === 0x2022 || // •
    c === 0x2030 || // ‰
    c === 0x203b || // ※
    (c >= 0x2100 && c <= 0x21ff) || // ℃ № ⅰ ← →
    (c >= 0x2460 && c <= 0x24ff) || // ①
    (c >= 0x2500 && c <= 0x27bf) // ■ □ ● ○ ◆ ▲ ★ ☆
  );
}

/** Characters that take no room: presentation selectors, joiners, zero-width spaces. */
export const ZERO_WIDTH = /^[\u200B-\u200D\u2060\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;

/**
 * Punctuation and symbols of no script (quotes, `•`, `…`, `※`, arrows, shapes): LibreOffice sets them
 * in the script of the character before them. As a character class's range, for the line breaker's
 * test and the page drawing's Latin runs alike.
 */
export const NO_SCRIPT_RANGE = '\\u2000-\\u2e7f';
const NO_SCRIPT = new RegExp(`^[${NO_SCRIPT_RANGE}]$`, 'u');
export const isNoScript = (ch: string) => NO_SCRIPT.test(ch);

/**
 * A letter or digit of any script. Where Chinese and Latin text meet, LibreOffice adds its autospace
 * only between two of these.
 */
export const LETTER = /^[\p{L}\p{N}]$/u;

/** One Latin letter or digit: where it meets a Chinese character, Word and LibreOffice add space. */
export const ALNUM = /^[A-Za-z0-9]$/u;
