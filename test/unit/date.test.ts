import { describe, expect, it } from 'vitest';
import { chineseDate, readDate } from '../../core/model/date.ts';

const iso = (typed: string) => {
  const reading = readDate(typed);
  return reading.ok ? reading.iso : reading.problem;
};

describe('reading a date as clerks type it', () => {
  it('takes the ways dates are written in offices', () => {
    expect(iso('2025年6月3日')).toBe('2025-06-03');
    expect(iso('2025年06月03日')).toBe('2025-06-03');
    expect(iso(' 2025 年 6 月 3 日 ')).toBe('2025-06-03');
    expect(iso('2025年6月3号')).toBe('2025-06-03');
    expect(iso('2025年6月3')).toBe('2025-06-03');
    expect(iso('2025/6/3')).toBe('2025-06-03');
    expect(iso('2025-06-03')).toBe('2025-06-03');
    expect(iso('2025-6-3')).toBe('2025-06-03');
    expect(iso('2025.6.3')).toBe('2025-06-03');
  });

  it('takes dates written out in Chinese numerals', () => {
    expect(iso('二〇二五年六月三日')).toBe('2025-06-03');
    expect(iso('二〇二五年十月十日')).toBe('2025-10-10');
    expect(iso('二〇二五年十二月三十一日')).toBe('2025-12-31');
    expect(iso('二〇二五年五月二十一日')).toBe('2025-05-21');
    expect(iso('二〇二五年十一月二十日')).toBe('2025-11-20');
    expect(iso('二零二五年一月十九日')).toBe('2025-01-19');
    expect(iso('二O二五年六月三日')).toBe('2025-06-03');
    expect(iso('二〇二五年6月3日')).toBe('2025-06-03');
  });

  it('takes full-width digits and separators', () => {
    expect(iso('２０２５年６月３日')).toBe('2025-06-03');
    expect(iso('２０２５／６／３')).toBe('2025-06-03');
    expect(iso('２０２５．１２．３１')).toBe('2025-12-31');
  });

  it('says in Chinese what is wrong with a date that is not real', () => {
    expect(iso('2025年2月30日')).toBe('2025年2月没有30日');
    expect(iso('2025/2/29')).toBe('2025年2月没有29日');
    expect(iso('2024/2/29')).toBe('2024-02-29');
    expect(iso('2025年4月31日')).toBe('2025年4月没有31日');
    expect(iso('2025年6月0日')).toBe('2025年6月没有0日');
    expect(iso('2025年13月1日')).toBe('2025年没有13月');
    expect(iso('二〇二五年二月三十日')).toBe('2025年2月没有30日');
    expect(iso('0025年6月3日')).toBe('年份25不对，请写成 2025年5月21日');
  });

  it('says how to write a date it cannot read', () => {
    const unreadable = '无法识别的日期，请写成 2025年5月21日';
    for (const typed of ['下周三', '2025年6月', '25/6/3', '2025/6-3', '2025年三一月3日', '6/3/2025', '2025年6月3日上午'])
      expect(iso(typed), typed).toBe(unreadable);
    expect(iso('  ')).toBe('请填写日期，如 2025年5月21日');
  });

  it('shows what it read the way the masthead prints it', () => {
    for (const typed of ['2025/6/3', '2025-06-03', '2025.6.3', '二〇二五年六月三日', '２０２５年６月３日'])
      expect(chineseDate(iso(typed))).toBe('2025年6月3日');
  });
});
