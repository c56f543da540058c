import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../../core/api/user-error.ts';
import { articleJson, articleText } from '../../../../core/cleanup/article-text.ts';
import { describeChanges } from '../../../../core/cleanup/tally.ts';
import { removedChars } from '../../../../core/cleanup/removed.ts';
import { readManuscript } from '../../service/manuscript.ts';
import { operand } from '../args.ts';

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** `jianbao clean [文件] [--json]`: a contributor's .docx, .doc, .wps, .pdf, .txt or .html (or standard input), cleaned; `--json` lists what was removed and why. */
export async function run(args: string[]): Promise<void> {
  const file = operand(args);
  let bytes: Uint8Array;
  try {
    bytes = file ? readFileSync(resolve(file)) : await readStdin();
  } catch {
    throw new UserError(`无法读取文件“${file}”。`);
  }
  const { article } = await readManuscript(file ?? 'stdin.txt', bytes);
  if (args.includes('--json')) console.log(JSON.stringify(articleJson(article), null, 2));
  else console.log(articleText(article));
  for (const w of article.warnings) console.error(`注意：${w.text ? `“${w.text}”` : ''}${w.message}`);
  const removed = removedChars(article.removed);
  if (removed) console.error(`已删除 ${removed} 字（用 --json 查看删除了哪些文字及原因）`);
  const changes = describeChanges(article.changes);
  if (changes) console.error(changes);
}
