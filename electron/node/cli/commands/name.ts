import { storedIssue } from '../../service/stored-issue.ts';
import { UserError } from '../../../../core/api/user-error.ts';
import { VersionName } from '../../../../core/api/contract.ts';
import { recordVersion } from '../../service/history.ts';
import { withStore } from '../with-store.ts';

/** `jianbao name <编号> <名称>`: names the issue's current state (送审稿, 定稿…), kept for ever. */
export async function run(args: string[]): Promise<void> {
  const [id, ...words] = args.filter((a) => !a.startsWith('-'));
  const name = VersionName.safeParse(words.join(' '));
  if (!id || !name.success) throw new UserError('用法：jianbao name <编号> <名称>（名称 1–40 字，如 送审稿）');
  const entry = await withStore((store) => {
    return recordVersion(store, id, storedIssue(store, id), 'named', name.data);
  }, { write: true });
  console.log(`已命名为“${name.data}”，版本编号 ${entry.id}`);
}
