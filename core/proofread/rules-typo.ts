import type { Finding } from './finding.ts';

/** Slips a checker can be sure of: a wrong character where the right one is known. */
const SLIPS: [RegExp, string, string][] = [
  [/人党(?=申请|誓词|积极分子|介绍人|宣誓|培训|教育|动机)/gu, '入党', '应为“入党”（常见识别错误）'],
  [/己经/gu, '已经', '应为“已经”'],
  [/在接再厉/gu, '再接再厉', '应为“再接再厉”'],
  [/即然/gu, '既然', '应为“既然”'],
  [/按步就班/gu, '按部就班', '应为“按部就班”'],
  [/迫不急待/gu, '迫不及待', '应为“迫不及待”'],
  [/甘败下风/gu, '甘拜下风', '应为“甘拜下风”'],
  [/一愁莫展/gu, '一筹莫展', '应为“一筹莫展”'],
  [/再所不辞/gu, '在所不辞', '应为“在所不辞”'],
];

/** Function characters that never stand twice in a row (的的确确 and 不了了之 aside). */
const DOUBLED = /(?<!不)([的了在是和与及对为把被就也都而])\1(?![确之非])/gu;
const ADVERB_DE = /(积极|认真|深入|扎实|切实|全面|不断|持续|主动|严格)的(开展|推进|学习|落实|推动|参与|研究|贯彻|实施|做好|抓好)/gu;

/** 错别字: known slips, doubled characters, and 的 for 地 where it is certain. */
export function typoFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const [re, suggestion, message] of SLIPS)
    for (const m of text.matchAll(re)) out.push({ offset: m.index, length: m[0].length, found: m[0], suggestion, category: 'typo', message });
  for (const m of text.matchAll(DOUBLED))
    out.push({ offset: m.index, length: 2, found: m[0], suggestion: m[1]!, category: 'typo', message: `“${m[1]}”重复` });
  for (const m of text.matchAll(ADVERB_DE))
    out.push({ offset: m.index, length: m[0].length, found: m[0], suggestion: `${m[1]}地${m[2]}`, category: 'typo', message: '状语后应用“地”' });
  return out;
}
