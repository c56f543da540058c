import { chineseDate } from '../model/date.ts';
import { NODE } from '../model/nodes.ts';
import type { PastIssue } from './read-past-issue.ts';

/** How a section's items are counted in the summary and the preview: `3 篇文章`. */
export const KIND_COUNTS = { [NODE.article]: '篇文章', [NODE.reflection]: '篇心得', [NODE.figure]: '张照片', [NODE.editorsNote]: '则编者按' } as const;

/** What was recognised in a past briefing, a line each, as `jianbao import-issue` prints it. */
export function pastIssueLines(p: PastIssue): string[] {
  const { meta } = p.issue;
  const list = (names: string[]) => (names.length ? names.join('、') : '（无）');
  return [
    `报头：${meta.seriesTitle || '（未找到）'}`,
    `期号：第 ${meta.issueNumber} 期${meta.cumulativeNumber === null ? '' : `（总第 ${meta.cumulativeNumber} 期）`}`,
    `日期：${chineseDate(meta.date)}`,
    `编印单位：${meta.issuingUnit || '（未找到）'}`,
    ...(meta.theme ? [`主题语：${meta.theme}`] : []),
    p.tocLines ? `目录：${p.tocLines} 行，已跳过（导出时按正文重新生成）` : '目录：无',
    `栏目（${p.sections.length} 个）：`,
    ...p.sections.flatMap((s) => [`  ${s.heading}  ${s.items.length} ${KIND_COUNTS[s.kind]}`, ...s.items.map((name) => `    · ${name}`)]),
    `报尾：报 ${list(meta.distribution.bao)}；送 ${list(meta.distribution.song)}；发 ${list(meta.distribution.fa)}；印数 ${meta.printRun ?? '（未找到）'}`,
  ];
}
