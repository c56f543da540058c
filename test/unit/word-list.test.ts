import { describe, expect, it } from 'vitest';
import { formatWordList, mergeWordLists, parseWordList } from '../../core/proofread/word-list.ts';

/** The clerk's dictionary as a text file an office can share. */
describe('word lists', () => {
  it('reads phrases and wrong forms, skips notes and blank lines, and reads back what it writes', () => {
    const text = '\uFEFF# 本单位词典\r\n松江枢纽\r\n\r\n松江枢钮＝松江枢纽\n 九里亭街道 \n松江枢纽\n';
    const { list, problems } = parseWordList(text);
    expect(problems).toEqual([]);
    expect(list).toEqual({ phrases: [{ text: '松江枢纽' }, { text: '九里亭街道' }], wrongForms: [{ wrong: '松江枢钮', correct: '松江枢纽' }] });
    expect(parseWordList(formatWordList(list))).toEqual({ list, problems: [] });
  });

  it('names the lines it cannot read', () => {
    expect(parseWordList('甲\n=乙\na=b=c\n' + '长'.repeat(61)).problems).toEqual([
      '规范表述“甲”太短。',
      '“=乙”的格式不对，应写成“错误写法=正确写法”。',
      '“a=b=c”的格式不对，应写成“错误写法=正确写法”。',
      `“${'长'.repeat(20)}…”太长（一条最多 60 个字）。`,
    ]);
  });

  it('adds an imported list to the one there, each entry once', () => {
    const base = { phrases: [{ text: '松江枢纽' }], wrongForms: [{ wrong: '松江枢钮', correct: '松江枢纽' }] };
    const more = { phrases: [{ text: '松江枢纽' }, { text: '九里亭街道' }], wrongForms: [{ wrong: '松江枢钮', correct: '松江枢纽' }] };
    expect(mergeWordLists(base, more)).toEqual({ phrases: [{ text: '松江枢纽' }, { text: '九里亭街道' }], wrongForms: base.wrongForms });
  });
});
