import { storedIssue } from '../../service/stored-issue.ts';
import { UserError } from '../../../../core/api/user-error.ts';
import { VERSION_REASONS } from '../../../../core/api/contract.ts';
import { operand } from '../args.ts';
import { withStore } from '../with-store.ts';

/** `jianbao history <编号> [--json]`: an issue's versions, newest first. */
export async function run(args: string[]): Promise<void> {
  const id = operand(args);
  if (!id) throw new UserError('用法：jianbao history <编号> [--json]');
  const versions = await withStore((store) => {
    storedIssue(store, id);
    return store.versions.list(id).map(({ id: versionId, time, reason, name, chars, signedBy, signedAt }) => ({ id: versionId, time, reason, name, chars, signedBy, signedAt }));
  });
  if (args.includes('--json')) console.log(JSON.stringify(versions, null, 2));
  else for (const v of versions) console.log(`${v.id}\t${v.time}\t${v.name ? `【${v.name}】` : VERSION_REASONS[v.reason]}\t${v.chars}字${v.signedBy ? `\t签发：${v.signedBy} ${v.signedAt}` : ''}`);
}
