import { useState } from 'react';
import { errorText } from '../../api/client.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { FormEnd } from '../../app/FormEnd.tsx';

const MAX = 40;

interface Props {
  /** Suggestions and comments still open in the 审阅 panel. */
  openMarks: number;
  /** Records the signed version; a failure is shown in the dialog, which stays open. */
  onSubmit: (signer: string, name: string) => Promise<void>;
  onCancel: () => void;
}

/** 记录签发: who approved the issue as it is now for print; kept with a named version. */
export function SignDialog({ openMarks, onSubmit, onCancel }: Props) {
  const [signer, setSigner] = useState('');
  const [name, setName] = useState('签发稿');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useDialog(busy ? null : onCancel);
  const submit = () => {
    const [who, what] = [signer.trim(), name.trim()];
    if (!who) return setError('请填写签发人，例如“李书记”。');
    if (!what) return setError('请填写版本名称。');
    setBusy(true);
    setError(null);
    onSubmit(who, what).catch((e: unknown) => {
      setBusy(false);
      setError(errorText(e));
    });
  };
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="记录签发">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h2>记录签发</h2>
          <p>领导同意付印后，记下签发人。现在的内容存为命名版本，签发人和时间显示在历史版本中；以后导出的内容若与签发的版本不同，会提醒您。</p>
          {openMarks > 0 && (
            <p className="bj-review-warning" role="note">
              审阅中还有 {openMarks} 处修订或批注没有处理。签发记下的是现在的正文，未接受的修改不算在内；请先处理完再签发。
            </p>
          )}
          <label className="bj-field">
            签发人
            <input value={signer} onChange={(e) => setSigner(e.target.value)} maxLength={MAX} />
          </label>
          <label className="bj-field">
            版本名称
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={MAX} />
          </label>
          <FormEnd error={error} busy={busy} onCancel={onCancel} />
        </form>
      </div>
    </div>
  );
}
