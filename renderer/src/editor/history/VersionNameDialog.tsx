import { useState } from 'react';
import { errorText } from '../../api/client.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { FormEnd } from '../../app/FormEnd.tsx';

/** The names offices give the stages of an issue; any other short name will do too. */
const USUAL_NAMES = ['送审稿', '定稿', '印发稿'];
const MAX_NAME = 40;

interface Props {
  title: string;
  intro: string;
  /** Records the version; a failure is shown in the dialog, which stays open. */
  onSubmit: (name: string) => Promise<void>;
  onCancel: () => void;
}

/** Asks a version's name: one of the usual ones with a click, or any typed. */
export function VersionNameDialog({ title, intro, onSubmit, onCancel }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useDialog(busy ? null : onCancel);
  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed) return setError('请输入版本名称，例如“送审稿”。');
    if ([...trimmed].length > MAX_NAME) return setError(`版本名称最多 ${MAX_NAME} 个字。`);
    setBusy(true);
    setError(null);
    onSubmit(trimmed).catch((e: unknown) => {
      setBusy(false);
      setError(errorText(e));
    });
  };
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label={title}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h2>{title}</h2>
          <p>{intro}</p>
          <label className="bj-field">
            版本名称
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={MAX_NAME} />
          </label>
          <div className="bj-name-choices" role="group" aria-label="常用名称">
            常用：
            {USUAL_NAMES.map((usual) => (
              <button key={usual} type="button" aria-pressed={name === usual} className={name === usual ? 'bj-on' : ''} onClick={() => setName(usual)}>
                {usual}
              </button>
            ))}
          </div>
          <FormEnd error={error} busy={busy} onCancel={onCancel} />
        </form>
      </div>
    </div>
  );
}
