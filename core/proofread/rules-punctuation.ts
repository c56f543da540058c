import type { Finding } from './finding.ts';
import { isRealDate } from '../model/date.ts';

const HAN = '\\p{Script=Han}';
const HALF: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Marks that come in pairs, with the name a clerk calls them by. */
const PAIRS: [string, string, string][] = [
  ['“', '”', '引号'],
  ['‘', '’', '单引号'],
  ['（', '）', '括号'],
  ['《', '》', '书名号'],
  ['【', '】', '方头括号'],
];

const HAN_CHAR = /^\p{Script=Han}$/u;
const LABEL_EDGE = /^[\s:：]?$/u;

/**
 * Whether the spaces at `at` lay a line out rather than split a word: a run of three or more (the
 * columns of a table or a form pasted as text), a two-character label spread to the width of others
 * (`姓  名：`, `目　　录`), the blanks of a date to fill in (`    年    月    日`), or between the two
 * issuers of a joint document (`中共中央 国务院`).
 */
function laidOut(text: string, at: number, length: number): boolean {
  const end = at + length;
  if (length >= 3) return true;
  if (LABEL_EDGE.test(text[at - 2] ?? '') && HAN_CHAR.test(text[at - 1] ?? '') && HAN_CHAR.test(text[end] ?? '') && LABEL_EDGE.test(text[end + 1] ?? '')) return true;
  if (length >= 2 && /[年月]/u.test(text[at - 1] ?? '') && /[月日]/u.test(text[end] ?? '')) return true;
  return /中共中央(?:办公厅)?$/u.test(text.slice(Math.max(0, at - 7), at)) && text.startsWith('国务院', end);
}

function find(text: string, re: RegExp, make: (m: RegExpMatchArray) => Omit<Finding, 'offset' | 'length' | 'found' | 'category'> | null): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(re)) {
    const f = make(m);
    if (f) out.push({ offset: m.index!, length: m[0].length, found: m[0], category: 'punctuation', ...f });
  }
  return out;
}

/** 标点数字 (GB/T 15834, 15835). */
export function punctuationFindings(text: string): Finding[] {
  const currentYear = new Date().getFullYear() % 100;
  const out: Finding[] = [
    ...find(text, new RegExp(`(?<=${HAN})[,;:?!]|[,;:?!](?=${HAN})`, 'gu'), (m) => ({ suggestion: HALF[m[0]]!, message: '中文里应使用全角标点' })),
    // The closing one is looked back from only where a `)` stands: a look-behind tried at every place costs the square of the length.
    ...find(text, new RegExp(`(?<=${HAN})\\((?=[^)]*\\))|\\)(?<=\\([^(]*\\))(?=${HAN})`, 'gu'), (m) => ({ suggestion: HALF[m[0]]!, message: '中文里应使用全角括号' })),
    ...find(text, new RegExp(`"(?=${HAN})|(?<=${HAN})"`, 'gu'), () => ({ suggestion: null, message: '中文里应使用弯引号“ ”' })),
    // A run of dots before a page number is a 目录 leader, not an ellipsis.
    ...find(text, /(?<!\.)\.{3,}(?!\.|\s*\d+\s*$)|。{2,}|(?<!…)…(?!…)|…{3,}/gu, () => ({ suggestion: '……', message: '省略号应为“……”' })),
    ...find(text, /([，、；：！？])\1+/gu, (m) => ({ suggestion: m[1]!, message: '标点重复' })),
    // A list joined by 以及 or 及其 takes no 顿号 before it: `学习、工作以及生活`.
    ...find(text, /、(?=以及|及其)/gu, () => ({ suggestion: '', message: '“以及”“及其”前不用顿号' })),
    ...find(text, /(\d+(?:\.\d+)?)\s*[～~—–-]\s*(\d+(?:\.\d+)?)(万|亿|千万|百万)/gu, (m) => ({
      suggestion: `${m[1]}${m[3]}～${m[2]}${m[3]}`,
      message: '数值范围两端都应带单位',
    })),
    ...find(text, /(?<![\d年.])(\d{2})年(?=\d{1,2}月|[底初末]|以来|上半年|下半年)/gu, (m) => ({
      suggestion: `${Number(m[1]) <= currentYear ? '20' : '19'}${m[1]}年`,
      message: '年份不应简写',
    })),
    ...find(text, new RegExp(`(?<=${HAN})[ \\u3000]+(?=${HAN})(?!(?:图文|文|图|摄影|摄)[/／])`, 'gu'), (m) =>
      laidOut(text, m.index!, m[0].length) ? null : { suggestion: '', message: '汉字之间不应有空格' },
    ),
    ...find(text, /(\d{4})年(\d{1,2})月(\d{1,2})日/gu, (m) =>
      isRealDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) ? null : { suggestion: null, message: '这不是真实的日期' },
    ),
  ];
  // Said in words, not as marks beside marks: the mark itself is what the panel highlights.
  for (const [open, close, name] of PAIRS) {
    let depth = 0;
    let lastOpen = -1;
    for (const [i, ch] of [...text].entries()) {
      if (ch === open) {
        depth++;
        lastOpen = i;
      } else if (ch === close && --depth < 0) {
        out.push({ offset: i, length: 1, found: ch, suggestion: null, category: 'punctuation', message: `${name}不成对：这里有一个后${name}，前面缺少与之配对的前${name}` });
        depth = 0;
      }
    }
    if (depth > 0) out.push({ offset: lastOpen, length: 1, found: open, suggestion: null, category: 'punctuation', message: `${name}不成对：这里有一个前${name}，后面缺少与之配对的后${name}` });
  }
  return out;
}
