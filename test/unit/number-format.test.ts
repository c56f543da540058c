import { describe, expect, it } from 'vitest';
import { formatListNumber } from '../../core/word/number-format.ts';
import { numberFormatOf } from '../../electron/node/service/word97/lists.ts';

const labels = (format: string, numbers: number[], text = (n: string) => n) => numbers.map((n) => text(formatListNumber(n, format)));

describe('automatic list numbers as Word shows them', () => {
  it('counts in Chinese: 一、… 十、十一、, 二十、, 一百零一', () => {
    expect(labels('chineseCounting', [1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 10001], (n) => `${n}、`)).toEqual([
      '一、',
      '二、',
      '九、',
      '十、',
      '十一、',
      '十九、',
      '二十、',
      '二十一、',
      '九十九、',
      '一百、',
      '一百零一、',
      '一百一十、',
      '一千、',
      '一万零一、',
    ]);
    expect(labels('chineseCountingThousand', [3, 12], (n) => `（${n}）`)).toEqual(['（三）', '（十二）']);
    expect(labels('japaneseCounting', [1, 11])).toEqual(['一', '十一']);
    expect(labels('chineseLegalSimplified', [1, 11, 20])).toEqual(['壹', '壹拾壹', '贰拾']);
  });

  it('digits, circled and bracketed numbers, letters and roman numerals', () => {
    expect(labels('decimal', [1, 12], (n) => `${n}.`)).toEqual(['1.', '12.']);
    expect(labels('decimal', [3], (n) => `（${n}）`)).toEqual(['（3）']);
    expect(labels('decimalEnclosedCircle', [1, 10, 20, 21])).toEqual(['①', '⑩', '⑳', '21']);
    expect(labels('decimalEnclosedParen', [1])).toEqual(['⑴']);
    expect(labels('decimalEnclosedFullstop', [2])).toEqual(['⒉']);
    expect(labels('ideographEnclosedCircle', [1, 10])).toEqual(['㈠', '㈩']);
    expect(labels('decimalFullWidth', [12])).toEqual(['１２']);
    expect(labels('decimalZero', [7, 12])).toEqual(['07', '12']);
    expect(labels('upperRoman', [4, 9, 14, 1990])).toEqual(['IV', 'IX', 'XIV', 'MCMXC']);
    expect(labels('lowerLetter', [1, 26, 27, 28])).toEqual(['a', 'z', 'aa', 'bb']);
    expect(labels('ideographTraditional', [1, 10, 11])).toEqual(['甲', '癸', '11']);
    expect(labels('ideographZodiac', [1, 12])).toEqual(['子', '亥']);
    expect(labels('ideographZodiacTraditional', [1, 60])).toEqual(['甲子', '癸亥']);
    expect(labels('bullet', [1])).toEqual(['']);
    expect(labels('none', [1])).toEqual(['']);
    expect(labels('someFormatNotKnown', [5])).toEqual(['5']);
  });

  it("a .doc's number format codes ([MS-OSHARED] MSONFC) name the same formats as a .docx's", () => {
    expect([0x00, 0x12, 0x17, 0x1e, 0x25, 0x26, 0x27, 0xff].map(numberFormatOf)).toEqual([
      'decimal',
      'decimalEnclosedCircle',
      'bullet',
      'ideographTraditional',
      'chineseCounting',
      'chineseLegalSimplified',
      'chineseCountingThousand',
      'none',
    ]);
  });
});
