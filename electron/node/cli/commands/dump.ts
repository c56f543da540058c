import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../../core/api/user-error.ts';
import { issueToFile } from '../../service/issue-file-io.ts';
import { operand, option } from '../args.ts';
import { withStore } from '../with-store.ts';

/** `jianbao dump <编号> -o <文件>`: one issue of the store as an issue file. */
export async function run(args: string[]): Promise<void> {
  const id = operand(args);
  const out = option(args, '-o');
  if (!id || !out) throw new UserError('用法：jianbao dump <编号> -o <文件>');
  await withStore((store) => writeFileSync(resolve(out), JSON.stringify(issueToFile(store, id), null, 1) + '\n'));
  console.log(`已导出到 ${resolve(out)}`);
}
