import { useCallback, useEffect, useRef, useState } from 'react';
import type { Issue } from '../../../core/model/issue.ts';
import { call, errorText } from '../api/client.ts';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { hintHowToBegin } from '../home/first-steps.ts';
import { IssueEditor } from '../editor/IssueEditor.tsx';
import type { ReopenView } from '../editor/reopen-view.ts';
import { Toast, type ToastMessage } from './Toast.tsx';
import type { Notify } from './notices.ts';
import { CommandsProvider, useCommands } from './commands.tsx';
import { answerCloseRequests } from './close-flush.ts';

/** `load` counts the openings: an issue opened again (a restore, a reload) gets a fresh editor. */
type Screen = { kind: 'loading' } | { kind: 'home' } | { kind: 'editor'; issue: Issue; load: number; view: ReopenView | null };

/**
 * Opens on the issue last edited (the demo issue on first start), else on the list of issues; while the
 * clerk has no issue of their own, opening says how to begin one.
 */
export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [banner, setBanner] = useState<string[]>([]);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const loads = useRef(0);

  const notify = useCallback<Notify>(
    (text, actions) => setToast({ id: Date.now(), text, actions: actions ? [actions].flat() : [] }),
    [],
  );

  const show = useCallback(
    (issue: Issue, view: ReopenView | null) => setScreen({ kind: 'editor', issue, load: ++loads.current, view }),
    [],
  );
  const open = useCallback(
    async (id: string, view: ReopenView | null = null) => {
      try {
        const issue = await call('getIssue', { id });
        await call('setLastIssue', { id });
        show(issue, view);
      } catch (e) {
        notify(errorText(e));
        setScreen({ kind: 'home' });
      }
    },
    [notify, show],
  );
  const home = useCallback(() => {
    void call('setLastIssue', { id: null });
    setScreen({ kind: 'home' });
  }, []);

  // Closing the desktop window waits for what is open to be stored, and no longer than that.
  useEffect(answerCloseRequests, []);

  useEffect(() => {
    call('appState', {}).then(
      ({ lastIssueId, notices }) => {
        setBanner(notices);
        if (lastIssueId) {
          void open(lastIssueId);
          hintHowToBegin(notify);
        } else setScreen({ kind: 'home' });
      },
      (e: unknown) => {
        setBanner([errorText(e)]);
        setScreen({ kind: 'home' });
      },
    );
  }, [open, notify]);

  return (
    <CommandsProvider notify={notify}>
      <BackupsCommand
        onBackups={() => {
          home();
          setBackupsOpen(true);
        }}
      />
      {banner.map((text) => (
        <div key={text} className="bj-banner" role="alert">
          {text}
        </div>
      ))}
      {screen.kind === 'home' && <HomeScreen onOpen={(id, view) => void open(id, view ?? null)} notify={notify} backupsOpen={backupsOpen} onBackups={setBackupsOpen} />}
      {screen.kind === 'editor' && (
        <IssueEditor
          key={screen.load}
          issue={screen.issue}
          view={screen.view}
          onHome={home}
          onOpen={(id) => void open(id)}
          onReload={(next, view) => (next ? show(next, view) : void open(screen.issue.id, view))}
          notify={notify}
        />
      )}
      {toast && <Toast message={toast} onClose={() => setToast(null)} />}
    </CommandsProvider>
  );
}

/** 备份与恢复… on either screen: the list of issues is where a restore shows. */
function BackupsCommand({ onBackups }: { onBackups: () => void }) {
  useCommands({ backups: onBackups });
  return null;
}
