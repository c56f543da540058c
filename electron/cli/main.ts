import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir } from '../service/data-dir.ts';
import { Store } from '../service/store/store.ts';
import { issueToFile, importIssueFile, parseIssueFile } from '../service/issue-file-io.ts';
import { messageOf, UserError } from '../../core/api/user-error.ts';
import { chineseDate } from '../../core/model/date.ts';
import { sniffImageMime } from '../../core/model/photo.ts';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { readManuscript } from '../service/manuscript.ts';
import { articleJson, articleText } from '../../core/cleanup/article-text.ts';
import { describeChanges } from '../../core/cleanup/tally.ts';
import { formulations } from '../../core/proofread/dictionary.ts';
import { userFormulations } from '../service/user-formulations.ts';
import { checkText } from '../../core/proofread/check-text.ts';
import { checkIssue } from '../../core/proofread/check-issue.ts';
import { CATEGORIES } from '../../core/proofread/finding.ts';

const HELP = `简报工坊命令行

用法：
  jianbao issues                      列出数据库中的各期简报（编号、期号、日期、最后编辑时间）
  jianbao dump <编号> -o <文件>        把一期简报导出为工程文件（.json，含照片）
  jianbao load <文件>                  把工程文件加入数据库，成为新的一期
  jianbao export <工程文件> -o <文件>   把工程文件排版导出为 DOCX（目录页码已排好）
  jianbao clean [文件] [--json]         清理稿件（.docx、.txt、.html，或标准输入的文字），输出干净的正文
  jianbao check <文件> [--json]         校对文本文件或工程文件：规范表述、标点数字、错别字、署名
  jianbao --help                      显示本帮助

数据文件夹由 JIANBAO_DATA_DIR 环境变量指定，默认是用户数据文件夹下的 jianbao。`;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The first argument that is neither an option nor an option's value. */
function operand(args: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-o');
}

function readText(file: string): string {
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch {
    throw new UserError(`无法读取文件“${file}”。`);
  }
}

function withStore<T>(work: (store: Store) => T): T {
  const store = Store.open(dataDir());
  try {
    for (const notice of store.notices) console.error(notice);
    return work(store);
  } finally {
    store.close();
  }
}

const COMMANDS: Record<string, (args: string[]) => void | Promise<void>> = {
  issues: () =>
    withStore((store) => {
      const list = store.issues.list();
      if (!list.length) console.log('数据库中还没有简报。');
      for (const i of list) console.log(`${i.id}\t第${i.issueNumber}期\t${chineseDate(i.date)}\t${i.seriesTitle}\t最后编辑 ${i.updatedAt}`);
    }),
  dump: (args) => {
    const id = operand(args);
    const out = option(args, '-o');
    if (!id || !out) throw new UserError('用法：jianbao dump <编号> -o <文件>');
    withStore((store) => writeFileSync(resolve(out), JSON.stringify(issueToFile(store, id), null, 1) + '\n'));
    console.log(`已导出到 ${resolve(out)}`);
  },
  load: (args) => {
    const file = operand(args);
    if (!file) throw new UserError('用法：jianbao load <文件>');
    const text = readText(file);
    console.log(`已加入数据库，编号 ${withStore((store) => importIssueFile(store, text))}`);
  },
  export: async (args) => {
    const file = operand(args);
    const out = option(args, '-o');
    if (!file || !out) throw new UserError('用法：jianbao export <工程文件> -o <文件.docx>');
    const { file: issue, photos } = parseIssueFile(readText(file));
    const result = await exportIssueDocx(issue, (hash) => {
      const bytes = photos.get(hash);
      return bytes ? { bytes, mime: sniffImageMime(bytes)! } : null;
    });
    try {
      writeFileSync(resolve(out), result.bytes);
    } catch {
      throw new UserError(`无法写入“${out}”：请检查文件夹是否存在、磁盘是否已满。`);
    }
    for (const problem of result.problems) console.error(`注意：${problem}`);
    console.log(`已导出 ${result.pagination.frontPages + result.pagination.bodyPages} 页到 ${resolve(out)}`);
  },
};

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

COMMANDS.clean = async (args) => {
  const file = operand(args);
  let bytes: Uint8Array;
  try {
    bytes = file ? readFileSync(resolve(file)) : await readStdin();
  } catch {
    throw new UserError(`无法读取文件“${file}”。`);
  }
  const article = await readManuscript(file ?? 'stdin.txt', bytes);
  if (args.includes('--json')) console.log(JSON.stringify(articleJson(article), null, 2));
  else console.log(articleText(article));
  for (const w of article.warnings) console.error(`注意：“${w.text}”${w.message}`);
  const changes = describeChanges(article.changes);
  if (changes) console.error(changes);
};

COMMANDS.check = (args) => {
  const file = operand(args);
  if (!file) throw new UserError('用法：jianbao check <文件> [--json]');
  const text = readText(file);
  // The clerk's own dictionary entries count on the command line too.
  const dict = formulations(withStore(userFormulations));
  let rows: { line: number; column: number; found: string; suggestion: string | null; category: string; message: string; item?: string }[];
  if (file.toLowerCase().endsWith('.json')) {
    rows = checkIssue(parseIssueFile(text).file.doc, dict).map(({ item, line, column, found, suggestion, category, message }) => ({ item, line, column, found, suggestion, category, message }));
  } else {
    rows = text.split(/\r?\n/u).flatMap((lineText, i) =>
      checkText(lineText, dict).map((f) => ({ line: i + 1, column: [...lineText.slice(0, f.offset)].length + 1, found: f.found, suggestion: f.suggestion, category: f.category, message: f.message })),
    );
  }
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else
    for (const r of rows)
      console.log(`${r.item ? `${r.item} ` : ''}${r.line}:${r.column}\t[${CATEGORIES[r.category as keyof typeof CATEGORIES]}] ${r.message}${r.found ? `：“${r.found}”` : ''}${r.suggestion !== null ? ` → “${r.suggestion}”` : ''}`);
  if (!args.includes('--json')) console.error(rows.length ? `共 ${rows.length} 处。` : '没有发现问题。');
};

async function run(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return;
  }
  const handler = COMMANDS[command];
  if (!handler) throw new UserError(`未知的命令“${command}”。运行 jianbao --help 查看用法。`);
  await handler(rest);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`错误：${messageOf(error)}`);
  process.exitCode = 1;
});
