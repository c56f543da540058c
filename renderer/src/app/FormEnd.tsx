interface Props {
  error: string | null;
  busy: boolean;
  onCancel: () => void;
  /** The submit button's word, where 确定 would not say what it does (导入). */
  submit?: string;
}

/** The end of a form dialog: what went wrong, then 取消 and the submit button. */
export function FormEnd({ error, busy, onCancel, submit = '确定' }: Props) {
  return (
    <>
      {error && (
        <p className="bj-error" role="alert">
          {error}
        </p>
      )}
      <div className="bj-modal-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          取消
        </button>
        <button type="submit" disabled={busy}>
          {submit}
        </button>
      </div>
    </>
  );
}
