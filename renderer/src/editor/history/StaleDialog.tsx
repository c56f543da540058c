import { useState } from 'react';
import { errorText } from '../../api/client.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { VersionNameDialog } from './VersionNameDialog.tsx';

interface Props {
  /** Keeps this window's text as a version (named, or not) and loads the issue as stored. */
  onKeep: (name: string | null) => Promise<void>;
}

/**
 * Another window saved this issue since this one loaded it: saving has stopped, and the clerk
 * chooses how this window's text is kept. No choice loses it, so Esc does not close the dialog.
 */
export function StaleDialog({ onKeep }: Props) {
  const [naming, setNaming] = useState(false);
  return naming ? (
    <VersionNameDialog
      title="存为命名版本"
      intro="本窗口的内容将存为命名版本，然后载入另一个窗口保存的内容。"
      onSubmit={onKeep}
      onCancel={() => setNaming(false)}
    />
  ) : (
    <StaleChoice onReload={() => onKeep(null)} onName={() => setNaming(true)} />
  );
}

function StaleChoice({ onReload, onName }: { onReload: () => Promise<void>; onName: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useDialog(null);
  const reload = () => {
    setBusy(true);
    onReload().catch((e: unknown) => {
      setBusy(false);
      setError(errorText(e));
    });
  };
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="此期简报已在另一个窗口中修改">
        <h2>此期简报已在另一个窗口中修改</h2>
        <p>此期简报已在另一个窗口中修改。本窗口的修改没有保存，也不会丢失：</p>
        <ul className="bj-stale-choices">
          <li>
            <b>重新载入</b>：显示另一个窗口保存的内容；本窗口的内容存入历史版本，可随时查看、恢复。
          </li>
          <li>
            <b>存为命名版本</b>：同上，并给本窗口的内容起一个名字，在历史版本中置顶。
          </li>
        </ul>
        {error && (
          <p className="bj-error" role="alert">
            没能保存本窗口的内容：{error}
          </p>
        )}
        <div className="bj-modal-actions">
          <button type="button" onClick={reload} disabled={busy}>
            重新载入
          </button>
          <button type="button" onClick={onName} disabled={busy}>
            存为命名版本…
          </button>
        </div>
      </div>
    </div>
  );
}
