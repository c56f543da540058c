import { GateDialog } from '../../app/GateDialog.tsx';

interface Props {
  /** What the service says about the signed version. */
  message: string;
  onExport: () => void;
  onCancel: () => void;
}

/** Before exporting a text other than the one signed for print (签发): said before the file is made, not after. */
export function SignedGate({ message, onExport, onCancel }: Props) {
  return (
    <GateDialog title="与签发的版本不同" onEscape={onCancel} actions={[{ label: '取消', run: onCancel }, { label: '仍然导出', run: onExport }]}>
      <p>{message}</p>
    </GateDialog>
  );
}
