import { useSyncExternalStore } from 'react';
import type { Autosaver, SaveStatus } from '../autosave.ts';

interface Props {
  itemChars: number | null;
  issueChars: number;
  pages: number;
  saver: Autosaver;
}

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.at ? `已自动保存 ${status.at.toLocaleTimeString('zh-CN', { hour12: false })}` : '已保存';
    case 'pending':
      return '有未保存的修改…';
    case 'saving':
      return '正在保存…';
    case 'failed':
      return `保存失败：${status.message}`;
    case 'stale':
      return '已暂停保存：此期简报已在另一个窗口中修改';
  }
}

/** 状态栏: word counts (字数) of the item at the cursor and of the issue, the page count, and the save state. */
export function StatusBar({ itemChars, issueChars, pages, saver }: Props) {
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);
  return (
    <div className="bj-statusbar" role="status">
      <span>本篇字数：{itemChars ?? '—'}</span>
      <span>全期字数：{issueChars}</span>
      <span data-pages={pages}>共{pages}页</span>
      <span className={`bj-save bj-save-${status.kind}`} data-save={status.kind}>{statusText(status)}</span>
    </div>
  );
}
