import { useCallback, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { describeChanges } from '../../../../core/cleanup/tally.ts';
import type { Notify } from '../../app/notices.ts';
import type { CleanPasteOptions, PasteReport } from './paste-extension.ts';
import { originalArticle } from './paste-record.ts';
import { PasteReview } from './PasteReview.tsx';

/**
 * What a cleaned paste tells the clerk, and what it keeps: the notice with 查看改动 and 恢复原文, the
 * comparison dialog, and the last paste while 恢复原文 can still take it back (it follows the
 * transactions after it).
 */
export function usePasteReview(editor: RefObject<Editor | null>, notify: Notify): { events: CleanPasteOptions; follow: (tr: Transaction) => void; dialog: ReactNode } {
  const [shown, setShown] = useState<PasteReport | null>(null);
  const last = useRef<PasteReport | null>(null);
  const restore = useCallback(
    (report: PasteReport) => {
      const ed = editor.current;
      setShown(null);
      if (!ed || last.current !== report) return;
      last.current = null;
      ed.view.dispatch(report.record.restore(ed.state, originalArticle(report.original, report.article)));
      ed.view.focus();
    },
    [editor],
  );
  // The editor keeps the callbacks it was made with: they reach the current ones through this ref.
  const current = useRef({ notify, restore });
  current.current = { notify, restore };
  const events = useMemo<CleanPasteOptions>(
    () => ({
      onCleaned: (_view, report) => {
        last.current = report;
        const checks = report.article.warnings.length ? `；有 ${report.article.warnings.length} 处可能的乱码或缺字，请核对` : '';
        current.current.notify(`${describeChanges(report.article.changes) ?? '已粘贴，没有需要清理的地方'}${checks}`, [
          { label: '查看改动', run: () => setShown(report), keepOpen: true },
          { label: '恢复原文', run: () => current.current.restore(report) },
        ]);
      },
      onWorking: (working) => void (working && current.current.notify('正在清理粘贴的内容，请稍候…')),
      onFailed: (message) => current.current.notify(message),
    }),
    [],
  );
  const follow = useCallback((tr: Transaction) => last.current?.record.follow(tr), []);
  const dialog = shown && <PasteReview article={shown.article} original={shown.original} onRestore={() => restore(shown)} onClose={() => setShown(null)} />;
  return { events, follow, dialog };
}
