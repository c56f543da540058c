import { useState } from 'react';
import { builtInTemplates, DEFAULT_TEMPLATE_ID } from '../../../core/template/registry.ts';
import { errorText } from '../api/client.ts';
import { useDialog } from '../app/use-dialog.ts';
import { FormEnd } from '../app/FormEnd.tsx';

interface Props {
  /** Makes the first issue of a series in this style; a failure is shown in the dialog. */
  onCreate: (style: string) => Promise<void>;
  onCancel: () => void;
}

/** 新建简报: which built-in style the new series starts from; 简报设置 follows to make it the clerk's own. */
export function NewIssueDialog({ onCreate, onCancel }: Props) {
  const styles = builtInTemplates();
  const [style, setStyle] = useState(DEFAULT_TEMPLATE_ID);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useDialog(busy ? null : onCancel);
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal bj-new-issue" {...dialog} aria-label="新建简报">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            onCreate(style).catch((err: unknown) => {
              setBusy(false);
              setError(errorText(err));
            });
          }}
        >
          <h2>新建简报</h2>
          <p>选一种式样开始，下一步可改名称、报头、栏目和报送范围。</p>
          <div role="radiogroup" aria-label="简报式样" className="bj-styles">
            {styles.map((t) => (
              <label key={t.id} className="bj-style">
                <input type="radio" name="style" value={t.id} checked={style === t.id} onChange={() => setStyle(t.id)} />
                <span>
                  <strong>{t.name}</strong>
                  <span className="bj-style-sections">{t.sections.filter((s) => s.printHeading).map((s) => s.heading).join('') || '一期一篇，不设栏目'}</span>
                  <span className="bj-style-source">{t.source}</span>
                </span>
              </label>
            ))}
          </div>
          <FormEnd error={error} busy={busy} onCancel={onCancel} />
        </form>
      </div>
    </div>
  );
}
