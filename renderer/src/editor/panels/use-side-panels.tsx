import { useCallback, useState, type ReactNode } from 'react';
import type { Issue, IssueContent } from '../../../../core/model/issue.ts';
import { call, errorText } from '../../api/client.ts';
import { useCommands } from '../../app/commands.tsx';
import type { Notify } from '../../app/notices.ts';
import type { IssueSession } from '../session/use-issue-session.ts';
import type { OutlineView } from '../use-outline.ts';
import type { useProofread } from '../proofread/use-proofread.ts';
import type { useReview } from '../review/use-review.ts';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { VersionPreview } from '../history/VersionPreview.tsx';
import type { VersionRow } from '../history/version-rows.ts';
import { ReviewPanel } from '../review/ReviewPanel.tsx';
import { ProofPanel } from '../proofread/ProofPanel.tsx';
import type { ReopenView } from '../reopen-view.ts';

export type SidePanel = 'proof' | 'history' | 'review';

interface Options {
  session: IssueSession;
  marks: ReturnType<typeof useReview>;
  proof: ReturnType<typeof useProofread>;
  outline: OutlineView;
  notify: Notify;
  /** Shows the issue in a fresh editor: as a restore gave it. */
  onReload: (issue: Issue | null, view: ReopenView) => void;
  /** Opened again from the history: the panel is at hand. */
  initial: SidePanel | null;
}

/**
 * The panel at the right (校对, 历史版本 or 审阅, one at a time) and, from the history, a version
 * shown read-only in place of the page. Their commands (审阅, 历史版本, 校对, 导入审阅稿) open and
 * close them. Returns the panel, the preview, and how to open one (as an export's question does).
 */
export function useSidePanels({ session, marks, proof, outline, notify, onReload, initial }: Options): {
  panel: ReactNode;
  preview: ReactNode;
  open: (panel: SidePanel) => void;
  /** Gives the page its place back from a version shown there (as a submission's preview takes it). */
  closePreview: () => void;
} {
  const { editor, issue } = session;
  const [panel, setPanel] = useState<SidePanel | null>(initial);
  const [preview, setPreview] = useState<{ row: VersionRow; current: IssueContent } | null>(null);
  const [restoring, setRestoring] = useState(false);
  const open = useCallback((next: SidePanel | null) => {
    setPanel(next);
    setPreview(null);
  }, []);
  // The caret goes back at once, not a frame later as Tiptap's focus command does: a key typed in
  // that frame went into the text before the caret was put back, and the next keys landed before it.
  const close = () => {
    open(null);
    editor?.view.focus();
  };
  const toggle = (which: SidePanel) => () => open(panel === which ? null : which);
  useCommands({
    review: toggle('review'),
    history: toggle('history'),
    proofread: toggle('proof'),
    importReview: () => {
      open('review');
      marks.importFile();
    },
  });

  /** 恢复此版本, or 只恢复这篇 (`itemId`); the Node side records the state before, and the issue is shown as restored. */
  const restore = async (versionId: string, itemId: string | null) => {
    setRestoring(true);
    try {
      await session.saveFirst();
      const next = await call('restoreVersion', { id: issue.id, versionId, articleId: itemId ?? undefined });
      notify(`${itemId ? '已恢复这一篇' : '已恢复此版本'}。恢复前的内容已存入历史版本。`);
      onReload(next, { history: true, focusItem: itemId });
    } catch (e) {
      setRestoring(false);
      notify(errorText(e));
    }
  };

  const shown = (() => {
    if (!editor) return null;
    if (panel === 'history')
      return (
        <HistoryPanel
          issueId={issue.id}
          recorded={session.recorded}
          selectedId={preview?.row.entry.id ?? null}
          onSelect={(row) => setPreview({ row, current: session.pageContent() })}
          saveFirst={session.saveFirst}
          openMarks={marks.openCount}
          onClose={close}
          notify={notify}
        />
      );
    if (panel === 'review')
      return (
        <ReviewPanel
          view={marks.view}
          labels={new Map(outline.sections.flatMap((s) => s.items.map((i) => [i.id, i.title || i.authors.join('、') || i.label])))}
          onImport={marks.importFile}
          onDecide={marks.decide}
          onReply={marks.reply}
          onResolve={marks.resolve}
          onJump={marks.jump}
          onSuggesting={marks.toggleSuggesting}
          onClose={close}
        />
      );
    if (panel === 'proof')
      return (
        <ProofPanel
          findings={proof.findings}
          onFix={proof.fix}
          onIgnore={proof.ignore}
          onJump={(f) => {
            // The caret at once, not a frame later as Tiptap's focus command puts it: the clerk may type straight away.
            editor.chain().setTextSelection({ from: f.from, to: f.to }).scrollIntoView().run();
            editor.view.focus();
          }}
          onClose={close}
          dictionary={proof.user}
          onSaveDictionary={proof.saveDictionary}
        />
      );
    return null;
  })();

  const versionPreview = preview && (
    <VersionPreview
      row={preview.row}
      current={preview.current}
      busy={restoring}
      onRestore={(itemId) => void restore(preview.row.entry.id, itemId)}
      onClose={() => {
        setPreview(null);
        editor?.view.focus();
      }}
    />
  );
  return { panel: shown, preview: versionPreview, open, closePreview: useCallback(() => setPreview(null), []) };
}
