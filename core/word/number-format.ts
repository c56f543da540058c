/**
 * The number an automatic list shows, in the formats Word and WPS name in a .docx's `w:numFmt`
 * (ECMA-376 ST_NumberFormat) and, through their codes, in a .doc's list levels: `chineseCounting`
 * 11 → 十一, `decimalEnclosedCircle` 3 → ③. A format this does not know shows the number as digits,
 * as Word does when a format has no symbol for it (㉑ does not exist: 21 is 21).
 */

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const TW_LEGAL_DIGITS = '零壹貳參肆伍陸柒捌玖';

/**
 * Chinese counting below 10⁸: 十一, 二十, 一百零一, 一万零一十. `legal` writes 壹拾壹 (the legal
 * style keeps the 壹 before 拾, counting drops the 一).
 */
function chineseCount(n: number, digits: string, units: string[], tenThousand: string, legal: boolean): string {
  const below10k = (m: number, leadingZero: boolean): string => {
    let out = '';
    let zero = leadingZero;
    for (let place = 3; place >= 0; place--) {
      const d = Math.floor(m / 10 ** place) % 10;
      if (d === 0) {
        if (out || leadingZero) zero = true;
        continue;
      }
      if (zero && (out || leadingZero)) out += digits[0];
      zero = false;
      out += digits[d]! + units[place]!;
    }
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high ? below10k(high, false) + tenThousand + (low ? below10k(low, low < 1000) : '') : below10k(low, false);
  if (!legal && n >= 10 && n < 20) out = out.slice(1); // 十一, not 一十一
  return out;
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let m = n;
  for (const [value, mark] of parts)
    while (m >= value) {
      out += mark;
      m -= value;
    }
  return out;
}

/** Word's letters: A … Z, then AA, BB … ZZ, then AAA. */
const letter = (n: number) => String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));

/** One of a fixed series (①…⑳, 甲…癸), or the digits past its end. */
const series = (n: number, first: number, size: number) => (n >= 1 && n <= size ? String.fromCodePoint(first + n - 1) : String(n));
const fromList = (n: number, list: string) => ([...list][n - 1] ?? String(n));

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalFullWidth2: (n) => String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d))),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: letter,
  lowerLetter: (n) => letter(n).toLowerCase(),
  decimalEnclosedCircle: (n) => series(n, 0x2460, 20),
  decimalEnclosedCircleChinese: (n) => series(n, 0x2460, 20),
  decimalEnclosedFullstop: (n) => series(n, 0x2488, 20),
  decimalEnclosedParen: (n) => series(n, 0x2474, 20),
  ideographEnclosedCircle: (n) => series(n, 0x3220, 10),
  ideographDigital: (n) => String(n).replace(/\d/gu, (d) => CN_DIGITS[Number(d)]!),
  chineseCounting: (n) => chineseCount(n, CN_DIGITS.replace('〇', '零'), ['', '十', '百', '千'], '万', false),
  chineseCountingThousand: (n) => chineseCount(n, CN_DIGITS.replace('〇', '零'), ['', '十', '百', '千'], '万', false),
  // Japanese counting writes a lone hundred or thousand as 百, 千 (Chinese as 一百, 一千).
  japaneseCounting: (n) => chineseCount(n, CN_DIGITS.replace('〇', '零'), ['', '十', '百', '千'], '万', false).replace(/(^|[^一-九])一(?=[百千])/gu, '$1'),
  taiwaneseCounting: (n) => chineseCount(n, CN_DIGITS.replace('〇', '零'), ['', '十', '百', '千'], '萬', false),
  taiwaneseCountingThousand: (n) => chineseCount(n, CN_DIGITS.replace('〇', '零'), ['', '十', '百', '千'], '萬', false),
  taiwaneseDigital: (n) => String(n).replace(/\d/gu, (d) => CN_DIGITS[Number(d)]!),
  chineseLegalSimplified: (n) => chineseCount(n, CN_LEGAL_DIGITS, ['', '拾', '佰', '仟'], '万', true),
  ideographLegalTraditional: (n) => chineseCount(n, TW_LEGAL_DIGITS, ['', '拾', '佰', '仟'], '萬', true),
  ideographTraditional: (n) => fromList(n, STEMS),
  ideographZodiac: (n) => fromList(n, BRANCHES),
  ideographZodiacTraditional: (n) => (n >= 1 && n <= 60 ? STEMS[(n - 1) % 10]! + BRANCHES[(n - 1) % 12]! : String(n)),
  none: () => '',
  bullet: () => '',
};

/** `n` as the list format `format` shows it; digits for a format this does not know, and for 0 or less. */
export function formatListNumber(n: number, format: string): string {
  const f = FORMATS[format];
  if (format === 'none' || format === 'bullet') return '';
  return f && n >= 1 && n < 1e8 ? f(n) : String(n);
}
