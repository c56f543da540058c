import { UserError } from '../../../../core/api/user-error.ts';
import { importIssueFile } from '../../service/issue-file-io.ts';
import { operand, readText } from '../args.ts';
import { withStore } from '../with-store.ts';

/**
 * `jianbao load <文件>`: an issue file into the store, refused whole when it breaks a rule. Loading
 * adds a new issue every time, as asked; one loaded before is said, and the new one listed as its 副本.
 */
export async function run(args: string[]): Promise<void> {
  const file = operand(args);
  if (!file) throw new UserError('用法：jianbao load <文件>');
  const text = readText(file);
  const { id, twin } = await withStore(
    (store) => {
      const before = importIssueFile(store, text);
      return before.existing ? { id: importIssueFile(store, text, true).id, twin: before.existing.id } : { id: before.id, twin: null };
    },
    { write: true },
  );
  console.log(`已加入数据库，编号 ${id}`);
  if (twin) console.error(`注意：这个工程文件此前已加入过（编号 ${twin}），新加入的一期在列表中标为副本。`);
}
