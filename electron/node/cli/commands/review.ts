import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UserError } from '../../../../core/api/user-error.ts';
import { placeReview } from '../../../../core/review/place-review.ts';
import type { PlacedReview } from '../../../../core/review/placed-schema.ts';
import { changeText, KIND_LABEL, withBreaks } from '../../../../core/review/change-words.ts';
import { parseIssueFile } from '../../service/issue-file-io.ts';
import { readReviewDocx } from '../../service/review-docx.ts';
import { option, readText } from '../args.ts';
import { fileReviewCopy } from '../file-version.ts';
import { withStore } from '../with-store.ts';
import { applyReturnedReview } from '../../service/review-service.ts';
import { docNode } from '../../../../core/schema/doc-node.ts';

const USAGE = '用法：jianbao review <审阅稿.docx> --issue <工程文件> [--json]，或 jianbao review <审阅稿.docx> --id <编号>';

const where = (m: { item: string; paragraph: number }) => `【${m.item}】${m.paragraph === 0 ? '标题' : `第 ${m.paragraph} 段`}`;
const who = (m: { author: string; date: string }) => `（${m.author || '未署名'}${m.date ? `，${m.date.slice(0, 16).replace('T', ' ')}` : ''}）`;
const label = (m: { kind: keyof typeof KIND_LABEL; move?: string }) => (m.move ? `${KIND_LABEL.move}（${KIND_LABEL[m.kind]}）` : KIND_LABEL[m.kind]);

function describe(review: PlacedReview): string {
  const lines = [`修订 ${review.changes.length} 处，批注 ${review.comments.length} 条${review.unplaced.length ? `，未能定位 ${review.unplaced.length} 处` : ''}。`];
  for (const c of review.changes)
    lines.push(`${where(c)} ${label(c)}：${c.kind === 'replace' ? `“${c.before}”改为“${c.after}”` : c.kind === 'format' || c.kind === 'join' ? changeText(c) : `“${withBreaks(c.before || c.after)}”`}${who(c)}`);
  for (const c of review.comments) {
    lines.push(`${where(c)} 批注${c.quote ? `“${withBreaks(c.quote)}”` : ''}：${c.text}${who(c)}${c.resolved ? '（已解决）' : ''}`);
    for (const r of c.replies) lines.push(`  回复：${r.text}${who(r)}`);
  }
  for (const u of review.unplaced) lines.push(`未能定位的${KIND_LABEL[u.kind]}：${u.text}${u.context ? `（${u.context}）` : ''}${who(u)}`);
  for (const u of review.ignored) lines.push(`未采用的格式（由模板统一规定）：${u.context} ${u.text}${who(u)}`);
  return lines.join('\n');
}

/** `--id`: the marks put into the stored issue as suggestions, for the 审阅 panel. */
async function applyToStored(id: string, file: string, bytes: Uint8Array): Promise<void> {
  const { applied, warning } = await withStore((store) => applyReturnedReview(store, id, basename(file), bytes), { write: true });
  if (warning) console.error(`注意：${warning}`);
  const lines = [`已放入修订 ${applied.changes} 处、批注 ${applied.comments} 条，等待在简报工坊的“审阅”栏中逐处接受或拒绝。放入前的内容已记入历史版本。`];
  for (const u of applied.unplaced) lines.push(`未能放回的${KIND_LABEL[u.kind]}：${u.text}${u.context ? `（${u.context}）` : ''}${who(u)}`);
  for (const u of applied.ignored) lines.push(`未采用的格式（由模板统一规定）：${u.context} ${u.text}${who(u)}`);
  console.log(lines.join('\n'));
}

/**
 * `jianbao review <审阅稿.docx> --issue <工程文件> [--json]`: the returned 送审稿's 修订 and 批注, each
 * on the article (by title) or reflection (by author) and the paragraph it belongs to. With `--id`,
 * they are put into that stored issue as suggestions.
 */
export async function run(args: string[]): Promise<void> {
  const file = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--issue' && args[i - 1] !== '--id');
  const issuePath = option(args, '--issue');
  const id = option(args, '--id');
  if (!file || (!issuePath && !id)) throw new UserError(USAGE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(file));
  } catch {
    throw new UserError(`无法读取文件“${file}”。`);
  }
  if (id) return applyToStored(id, file, bytes);
  if (!issuePath) throw new UserError(USAGE);
  const { file: issue } = parseIssueFile(readText(issuePath));
  const read = readReviewDocx(basename(file), bytes);
  // A 送审稿 made from a file names the file's content; one made in the app names a stored version.
  if (read.versionId?.startsWith('file-') && read.versionId !== fileReviewCopy(issue).versionId)
    console.error('注意：这份审阅稿不是由这个工程文件的当前内容送审的，修订按段落标记和文字定位，请逐处核对。');
  if (!read.versionId) console.error('注意：这份文件没有送审稿的标记（可能不是从简报工坊送审的），修订按文字定位。');
  const placed = placeReview(read, docNode(issue.doc));
  if (!args.includes('--json')) {
    console.log(describe(placed));
    return;
  }
  const json = {
    changes: placed.changes.map((c) => ({
      item: c.item,
      paragraph: c.paragraph,
      kind: c.kind,
      before: c.before,
      after: c.after,
      author: c.author,
      date: c.date,
      itemId: c.itemId,
      offset: c.offset,
      by: c.by,
      ...(c.move ? { move: c.move } : {}),
      ...(c.format ? { format: c.format } : {}),
    })),
    comments: placed.comments.map((c) => ({
      item: c.item,
      paragraph: c.paragraph,
      quote: c.quote,
      text: c.text,
      author: c.author,
      date: c.date,
      replies: c.replies,
      resolved: c.resolved,
      itemId: c.itemId,
      offset: c.offset,
      by: c.by,
    })),
    unplaced: placed.unplaced,
    ignored: placed.ignored,
  };
  console.log(JSON.stringify(json, null, 2));
}
