import type { ChangeKind } from './read-review.ts';

/** How the clerk calls each kind of mark, in the 审阅 panel and on the command line. */
export const KIND_LABEL: Record<ChangeKind | 'comment' | 'move', string> = {
  insert: '插入',
  delete: '删除',
  replace: '替换',
  format: '格式修订',
  newParagraph: '新增段落',
  removeParagraph: '删除段落',
  split: '分段',
  join: '并段',
  comment: '批注',
  move: '移动',
};

/** A formatting proposal in words: 加粗, 取消倾斜… */
export function formatWords(f: { bold?: boolean | null; italic?: boolean | null }): string {
  const out: string[] = [];
  if (typeof f.bold === 'boolean') out.push(f.bold ? '加粗' : '取消加粗');
  if (typeof f.italic === 'boolean') out.push(f.italic ? '倾斜' : '取消倾斜');
  return out.join('、');
}

/** Text with its paragraph breaks shown as the ¶ an office shows. */
export const withBreaks = (text: string) => text.replace(/\n/gu, '¶');

/** What a change says, in one line: the words, a replacement's two sides, a formatting's proposal. */
export function changeText(c: { kind: ChangeKind; before: string; after: string; format?: { bold?: boolean; italic?: boolean } }): string {
  if (c.kind === 'format') return `“${c.before}”${formatWords(c.format ?? {})}`;
  if (c.kind === 'join') return '段落与下一段合并';
  return withBreaks(c.before && c.after ? `${c.before} → ${c.after}` : c.before || c.after);
}
