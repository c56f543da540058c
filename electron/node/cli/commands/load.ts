import { UserError } from '../../../../core/api/user-error.ts';
import { importIssueFile } from '../../service/issue-file-io.ts';
import { operand, readText } from '../args.ts';
import { withStore } from '../with-store.ts';

/** `jianbao load <文件>`: an issue file into the store, refused whole when it breaks a rule. */
export async function run(args: string[]): Promise<void> {
  const file = operand(args);
  if (!file) throw new UserError('用法：jianbao load <文件>');
  const text = readText(file);
  console.log(`已加入数据库，编号 ${await withStore((store) => importIssueFile(store, text), { write: true })}`);
}
