import { useDialog } from '../../app/use-dialog.ts';

interface Props {
  /** What the service says about the signed version. */
  message: string;
  onExport: () => void;
  onCancel: () => void;
}

/** Before exporting a text other than the one signed for print (签发): said before the file is made, not after. */
export function SignedGate({ message, onExport, onCancel }: Props) {
  const dialog = useDialog(onCancel);
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="与签发的版本不同">
        <h2>与签发的版本不同</h2>
        <p>{message}</p>
        <div className="bj-modal-actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="button" onClick={onExport}>
            仍然导出
          </button>
        </div>
      </div>
    </div>
  );
}
