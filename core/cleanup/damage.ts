/** A stretch of text that looks damaged, kept as it is and shown to the clerk. */
export interface CleanupWarning {
  text: string;
  message: string;
}

const CHECKS: { re: RegExp; message: string }[] = [
  { re: /.{0,6}\uFFFD+.{0,6}/gu, message: '有无法识别的字符（乱码），请对照原稿核对' },
  { re: /\p{Script=Han}\?+\p{Script=Han}/gu, message: '汉字中间有问号，可能是丢失的字，请对照原稿核对' },
  { re: /.{0,4}(?:[ÃÂÐÑ][\u0080-\u00ff]|â€).{0,4}/gu, message: '有编码错误造成的乱码，请对照原稿核对' },
  { re: /.{0,4}[□■]{1,}.{0,4}/gu, message: '有显示为方框的字，可能是缺字，请对照原稿核对' },
];

/** Damage cleanup cannot repair: mojibake, a `?` inside a word, missing-glyph boxes. Never "fixed". */
export function findDamage(text: string): CleanupWarning[] {
  const found: CleanupWarning[] = [];
  for (const { re, message } of CHECKS) for (const m of text.matchAll(re)) found.push({ text: m[0], message });
  return found;
}
