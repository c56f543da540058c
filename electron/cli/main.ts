import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir } from '../service/data-dir.ts';
import { Store } from '../service/store/store.ts';
import { issueToFile, importIssueFile } from '../service/issue-file-io.ts';
import { messageOf } from '../../core/api/user-error.ts';
import { chineseDate } from '../../core/model/date.ts';

const HELP = `简报工坊命令行

用法：
  jianbao issues                 列出数据库中的各期简报（编号、期号、日期、最后编辑时间）
  jianbao dump <编号> -o <文件>   把一期简报导出为工程文件（.json，含照片）
  jianbao load <文件>             把工程文件加入数据库，成为新的一期
  jianbao --help                 显示本帮助

数据文件夹：${'JIANBAO_DATA_DIR'} 环境变量指定，默认是用户数据文件夹下的 jianbao。`;

function fail(message: string): never {
  console.error(`错误：${message}`);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function run(args: string[]): void {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return;
  }
  if (!['issues', 'dump', 'load'].includes(command)) fail(`未知的命令“${command}”。运行 jianbao --help 查看用法。`);
  const store = Store.open(dataDir());
  try {
    for (const notice of store.notices) console.error(notice);
    if (command === 'issues') {
      const list = store.issues.list();
      if (!list.length) console.log('数据库中还没有简报。');
      for (const i of list) console.log(`${i.id}\t第${i.issueNumber}期\t${chineseDate(i.date)}\t${i.seriesTitle}\t最后编辑 ${i.updatedAt}`);
    } else if (command === 'dump') {
      const id = rest.find((a, i) => !a.startsWith('-') && rest[i - 1] !== '-o');
      const out = option(rest, '-o');
      if (!id || !out) fail('用法：jianbao dump <编号> -o <文件>');
      writeFileSync(resolve(out), JSON.stringify(issueToFile(store, id), null, 1) + '\n');
      console.log(`已导出到 ${resolve(out)}`);
    } else {
      const file = rest[0];
      if (!file) fail('用法：jianbao load <文件>');
      let text: string;
      try {
        text = readFileSync(resolve(file), 'utf8');
      } catch {
        fail(`无法读取文件“${file}”。`);
      }
      console.log(`已加入数据库，编号 ${importIssueFile(store, text)}`);
    }
  } catch (error) {
    fail(messageOf(error));
  } finally {
    store.close();
  }
}

run(process.argv.slice(2));
