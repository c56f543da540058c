import { dataDir } from '../../process/data-dir.ts';
import { listBackups } from '../../store/backups.ts';

const KINDS = { daily: '每日', weekly: '每周', manual: '手动' } as const;

/** `jianbao backups`: the backups of the data folder, newest first. */
export function run(args: string[]): void {
  const list = listBackups(dataDir());
  if (args.includes('--json')) return console.log(JSON.stringify(list, null, 2));
  if (!list.length) console.log('还没有备份。');
  for (const b of list) console.log(`${b.file}\t${b.time}\t${KINDS[b.kind]}\t${Math.round(b.size / 1024)} KB`);
}
