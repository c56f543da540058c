import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UserError } from '../../../../core/api/user-error.ts';
import { pastIssueLines } from '../../../../core/past-issue/summary.ts';
import { readPastIssueFile } from '../../service/manuscript.ts';
import { pastIssueFile } from '../../service/past-issue-file.ts';
import { operand, option } from '../args.ts';

/**
 * `jianbao import-issue <往期简报.docx|.doc|.pdf> -o <工程文件.json>`: a past briefing read into a
 * series (its template inside) and an issue, written as an issue file; what was recognised is
 * printed, each warning and every line left out after it.
 */
export async function run(args: string[]): Promise<void> {
  const file = operand(args);
  const out = option(args, '-o');
  if (!file || !out) throw new UserError('用法：jianbao import-issue <往期简报.docx|.doc|.pdf> -o <工程文件.json>');
  if (!/\.json$/iu.test(out)) throw new UserError(`“${out}”：工程文件的扩展名应为 .json。`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(file));
  } catch {
    throw new UserError(`无法读取文件“${file}”。`);
  }
  const read = await readPastIssueFile(basename(file), bytes);
  try {
    writeFileSync(resolve(out), JSON.stringify(pastIssueFile(read)));
  } catch {
    throw new UserError(`无法写入“${out}”：请检查文件夹是否存在、磁盘是否已满。`);
  }
  const { pastIssue } = read;
  for (const line of pastIssueLines(pastIssue)) console.log(line);
  for (const w of pastIssue.warnings) console.error(`注意：${w.text ? `“${w.text}”` : ''}${w.message}`);
  // Listed by why they were left out: the 目录's lines together, then each other kind.
  const byWhy = new Map<string, typeof pastIssue.leftOut>();
  for (const l of pastIssue.leftOut) byWhy.set(l.why, [...(byWhy.get(l.why) ?? []), l]);
  for (const [why, lines] of byWhy) {
    console.error(`未放入简报：${why}（${lines.length} 行）`);
    for (const l of lines) console.error(`  ${l.text}`);
  }
  console.log(`已写入工程文件 ${resolve(out)}`);
}
