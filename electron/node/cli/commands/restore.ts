import { UserError } from '../../../../core/api/user-error.ts';
import { restoreVersion } from '../../service/history.ts';
import { withStore } from '../with-store.ts';

/** `jianbao restore <编号> <版本编号>`: the issue as that version has it; the state before is recorded first. */
export async function run(args: string[]): Promise<void> {
  const [id, versionId] = args.filter((a) => !a.startsWith('-'));
  if (!id || !versionId) throw new UserError('用法：jianbao restore <编号> <版本编号>');
  await withStore((store) => restoreVersion(store, id, versionId), { write: true });
  console.log('已恢复。恢复前的内容已记入历史版本。');
}
