import { useCallback, useEffect, useState } from 'react';
import type { Issue } from '../../../core/model/issue.ts';
import { call, errorText } from '../api/client.ts';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { hintHowToBegin } from '../home/first-steps.ts';
import { IssueEditor } from '../editor/IssueEditor.tsx';
import { Toast, type ToastMessage } from './Toast.tsx';
import type { Notify } from './notices.ts';

type Screen = { kind: 'loading' } | { kind: 'home' } | { kind: 'editor'; issue: Issue };

/**
 * Opens on the issue last edited (the demo issue on first start), else on the list of issues; while the
 * clerk has no issue of their own, opening says how to begin one.
 */
export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [banner, setBanner] = useState<string[]>([]);
  const [toast, setToast] = useState<ToastMessage | null>(null);

  const notify = useCallback<Notify>(
    (text, actions) => setToast({ id: Date.now(), text, actions: actions ? [actions].flat() : [] }),
    [],
  );

  const open = useCallback(
    async (id: string) => {
      try {
        const issue = await call('getIssue', { id });
        await call('setLastIssue', { id });
        setScreen({ kind: 'editor', issue });
      } catch (e) {
        notify(errorText(e));
        setScreen({ kind: 'home' });
      }
    },
    [notify],
  );
  const home = useCallback(() => {
    void call('setLastIssue', { id: null });
    setScreen({ kind: 'home' });
  }, []);

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
    <>
      {banner.map((text) => (
        <div key={text} className="bj-banner" role="alert">
          {text}
        </div>
      ))}
      {screen.kind === 'home' && <HomeScreen onOpen={(id) => void open(id)} notify={notify} />}
      {screen.kind === 'editor' && (
        <IssueEditor key={screen.issue.id} issue={screen.issue} onHome={home} onOpen={(id) => void open(id)} notify={notify} />
      )}
      {toast && <Toast message={toast} onClose={() => setToast(null)} />}
    </>
  );
}
