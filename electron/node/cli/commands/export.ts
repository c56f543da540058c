import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../../core/api/user-error.ts';
import { sniffImageMime } from '../../../../core/model/photo.ts';
import { exportIssueDocx } from '../../../../core/docx/export-issue.ts';
import { parseIssueFile } from '../../service/issue-file-io.ts';
import { operand, option, readText } from '../args.ts';

/** `jianbao export <工程文件> -o <文件.docx>`: lays an issue file out and writes the DOCX. */
export async function run(args: string[]): Promise<void> {
  const file = operand(args);
  const out = option(args, '-o');
  if (!file || !out) throw new UserError('用法：jianbao export <工程文件> -o <文件.docx>');
  // The format follows the name: a DOCX written under another name would open as nothing.
  if (!/\.docx$/iu.test(out)) throw new UserError(`“${out}”：目前只能导出 .docx 文件，请把输出文件名改为以 .docx 结尾（PDF 与公众号格式的导出尚在开发）。`);
  const { file: issue, photos } = parseIssueFile(readText(file));
  const result = await exportIssueDocx(issue, (hash) => {
    const bytes = photos.get(hash);
    return bytes ? { bytes, mime: sniffImageMime(bytes)! } : null;
  });
  try {
    writeFileSync(resolve(out), result.bytes);
  } catch {
    throw new UserError(`无法写入“${out}”：请检查文件夹是否存在、磁盘是否已满。`);
  }
  for (const problem of result.problems) console.error(`注意：${problem}`);
  console.log(`已导出 ${result.pagination.totalPages} 页到 ${resolve(out)}`);
}
