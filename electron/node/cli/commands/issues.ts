import { chineseDate } from '../../../../core/model/date.ts';
import { withStore } from '../with-store.ts';

/** `jianbao issues`: the issues in the store. */
export async function run(): Promise<void> {
  await withStore((store) => {
    const list = store.issues.list();
    if (!list.length) console.log('数据库中还没有简报。');
    for (const i of list) console.log(`${i.id}\t第${i.issueNumber}期${i.isCopy ? '（副本）' : ''}${i.versionName ? `【${i.versionName}】` : ''}\t${chineseDate(i.date)}\t${i.seriesTitle}\t最后编辑 ${i.updatedAt}`);
  });
}
