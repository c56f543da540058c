interface Props {
  error: string | null;
  busy: boolean;
  onCancel: () => void;
}

/** The end of a small form dialog: what went wrong, then 取消 and 确定. */
export function FormEnd({ error, busy, onCancel }: Props) {
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
          确定
        </button>
      </div>
    </>
  );
}
