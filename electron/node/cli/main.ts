import * as z from 'zod';
import { messageOf, UserError } from '../../../core/api/user-error.ts';

// A command checks its input once: zod's compiled parsers (made with new Function) cost more to make
// than they save on a single file, so the command line parses without them.
z.config({ jitless: true });

const HELP = `简报工坊命令行

用法：
  jianbao issues                      列出数据库中的各期简报（编号、期号、日期、最后编辑时间）
  jianbao dump <编号> -o <文件>        把一期简报导出为工程文件（.json，含照片）
  jianbao load <文件>                  把工程文件加入数据库，成为新的一期
  jianbao export <工程文件> -o <文件>   把工程文件排版导出为 DOCX（目录页码已排好）、PDF 或公众号格式（.html）；
                                      加 --review 导出送审稿（每段带标记，审阅后可用 review 读回）；
                                      照片按所需尺寸缩小（打印约 300 ppi），加 --full-photos 放入全尺寸照片
  jianbao review <审阅稿.docx> --issue <工程文件> [--json]
                                      读出审阅人在送审稿中的修订和批注，逐处对应到文章和段落
  jianbao review <审阅稿.docx> --id <编号>
                                      把修订、批注放入库中这一期，等待在“审阅”栏中逐处接受或拒绝
  jianbao clean [文件] [--json]         清理稿件（.docx、.doc、.wps、.pdf、.txt、.html，或标准输入的文字），输出干净的正文
  jianbao import-issue <往期简报.docx|.doc|.pdf> -o <工程文件.json>
                                      读入往年在 Word/WPS 中做的一期简报：识别报头、期号、栏目、文章与署名、
                                      心得、照片和报尾，生成含模板的工程文件（可 export，或在简报工坊中打开）
  jianbao check <文件> [--json]         校对文本文件或工程文件：规范表述、标点数字、错别字、署名
  jianbao history <编号> [--json]       列出一期简报的历史版本（编号、时间、原因、名称、字数）
  jianbao restore <编号> <版本编号>      恢复到某个历史版本（恢复前的内容先记入历史）
  jianbao name <编号> <名称>            给当前内容命名（如 送审稿、定稿），永久保留
  jianbao backup [-o <文件>]            立即备份整个数据库（默认放在数据文件夹的 backups 中）
  jianbao backups [--json]             列出备份
  jianbao --help                      显示本帮助

数据文件夹由 JIANBAO_DATA_DIR 环境变量指定，默认是用户数据文件夹下的 jianbao。
只读的命令（issues、dump、check、export、import-issue、review --issue、history、backups）从不改动数据库；会写入的命令（load、restore、name、review --id）
在简报工坊运行时不执行，并说明原因。`;

type Command = { run: (args: string[]) => void | Promise<void> };

/** Each command is loaded on its own: `export` never loads OpenCC, the contributors' file readers or the proofreading dictionary. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  issues: () => import('./commands/issues.ts'),
  dump: () => import('./commands/dump.ts'),
  load: () => import('./commands/load.ts'),
  export: () => import('./commands/export.ts'),
  review: () => import('./commands/review.ts'),
  clean: () => import('./commands/clean.ts'),
  'import-issue': () => import('./commands/import-issue.ts'),
  check: () => import('./commands/check.ts'),
  history: () => import('./commands/history.ts'),
  restore: () => import('./commands/restore.ts'),
  name: () => import('./commands/name.ts'),
  backup: () => import('./commands/backup.ts'),
  backups: () => import('./commands/backups.ts'),
};

async function run(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return;
  }
  const load = COMMANDS[command];
  if (!load) throw new UserError(`未知的命令“${command}”。运行 jianbao --help 查看用法。`);
  await (await load()).run(rest);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`错误：${messageOf(error)}`);
  process.exitCode = 1;
});
