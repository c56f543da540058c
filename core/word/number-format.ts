/**
 * A list number as Word and WPS write it in each of their number formats (`w:numFmt`): the part of
 * an automatic label such as `一、` or `（1）` that counts. Formats the briefings' contributors do
 * not use fall back to Arabic digits, which still keep the count readable.
 */

const DIGITS = '〇一二三四五六七八九';
const COUNTING = '零一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

/**
 * Chinese counting with 十 百 千 (十一, 二十, 一百零五). `bareTen`: 10–19 as 十… (Word's Chinese
 * formats) rather than 一十…; `bareHundred`: 100 as 百 and 1000 as 千 (Japanese counting).
 */
function counting(n: number, digits: string, units: [string, string, string], bareTen: boolean, bareHundred = false): string {
  if (n <= 0 || n >= 10_000) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const names = [units[2], units[1], units[0], ''];
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero && !bareHundred) out += digits[0];
    zero = false;
    const bare = (i === 2 && bareTen && n < 20) || (bareHundred && d === 1 && i < 2);
    out += (bare ? '' : digits[d]!) + names[i]!;
  });
  return out;
}

function letters(n: number, base: string): string {
  // Word repeats the letter past z: aa, bb…
  const letter = base[(n - 1) % 26]!;
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, numeral] of table) while (n >= value) ((out += numeral), (n -= value));
  return out;
}

/** A run of characters that holds the numbers 1 to its length, or Arabic digits past it. */
const series = (chars: string) => (n: number) => (n >= 1 && n <= [...chars].length ? [...chars][n - 1]! : String(n));

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalHalfWidth: String,
  decimalEnclosedCircle: series('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'),
  decimalEnclosedCircleChinese: series('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'),
  decimalEnclosedFullstop: series('⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛'),
  decimalEnclosedParen: series('⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇'),
  ideographEnclosedCircle: series('㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'),
  ideographTraditional: series('甲乙丙丁戊己庚辛壬癸'),
  ideographZodiac: series('子丑寅卯辰巳午未申酉戌亥'),
  ideographDigital: (n) => String(n).replace(/\d/gu, (d) => DIGITS[Number(d)]!),
  chineseCounting: (n) => counting(n, COUNTING, ['十', '百', '千'], true),
  chineseCountingThousand: (n) => counting(n, COUNTING, ['十', '百', '千'], true),
  taiwaneseCounting: (n) => counting(n, COUNTING, ['十', '百', '千'], true),
  taiwaneseCountingThousand: (n) => counting(n, COUNTING, ['十', '百', '千'], true),
  japaneseCounting: (n) => counting(n, COUNTING, ['十', '百', '千'], true, true),
  chineseLegalSimplified: (n) => counting(n, LEGAL, ['拾', '佰', '仟'], false),
  lowerLetter: (n) => letters(n, 'abcdefghijklmnopqrstuvwxyz'),
  upperLetter: (n) => letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperRoman: roman,
};

/** The number `n` in the format Word names `numFmt`; Arabic digits for one not listed. */
export function formatNumber(n: number, numFmt: string): string {
  if (numFmt === 'none') return '';
  return (FORMATS[numFmt] ?? String)(n);
}
