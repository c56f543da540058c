import { UserError } from '../../../../core/api/user-error.ts';
import { formulations } from '../../../../core/proofread/dictionary.ts';
import { checkLines } from '../../../../core/proofread/check-text.ts';
import { checkIssue } from '../../../../core/proofread/check-issue.ts';
import { CATEGORIES } from '../../../../core/proofread/finding.ts';
import { parseIssueFile } from '../../service/issue-file-io.ts';
import { userFormulations } from '../../service/user-formulations.ts';
import { operand, readText } from '../args.ts';
import { withStore } from '../with-store.ts';
import { docNode } from '../../../../core/schema/doc-node.ts';

interface Row {
  line: number;
  column: number;
  found: string;
  suggestion: string | null;
  category: string;
  message: string;
  item?: string;
}

/** `jianbao check <文件> [--json]`: proofreads a text file or an issue file, one finding a line. */
export async function run(args: string[]): Promise<void> {
  const file = operand(args);
  if (!file) throw new UserError('用法：jianbao check <文件> [--json]');
  const text = readText(file);
  // The clerk's own dictionary entries count on the command line too.
  const dict = formulations(await withStore(userFormulations));
  let rows: Row[];
  if (file.toLowerCase().endsWith('.json')) {
    rows = checkIssue(docNode(parseIssueFile(text).file.doc), dict).map(({ item, line, column, found, suggestion, category, message }) => ({ item, line, column, found, suggestion, category, message }));
  } else {
    rows = checkLines(text, dict).map(({ line, column, found, suggestion, category, message }) => ({ line, column, found, suggestion, category, message }));
  }
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else
    for (const r of rows)
      console.log(`${r.item ? `${r.item} ` : ''}${r.line}:${r.column}\t[${CATEGORIES[r.category as keyof typeof CATEGORIES]}] ${r.message}${r.found ? `：“${r.found}”` : ''}${r.suggestion !== null ? ` → “${r.suggestion}”` : ''}`);
  if (!args.includes('--json')) console.error(rows.length ? `共 ${rows.length} 处。` : '没有发现问题。');
}
