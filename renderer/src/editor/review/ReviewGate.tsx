import { GateDialog } from '../../app/GateDialog.tsx';

interface Props {
  changes: number;
  comments: number;
  onClean: () => void;
  onMarked: () => void;
  onReview: () => void;
}

/** Before a clean export while the leader's marks are open: nothing proposed is printed unseen, nor dropped unseen. */
export function ReviewGate({ changes, comments, onClean, onMarked, onReview }: Props) {
  const open = [changes ? `${changes} 处修订` : '', comments ? `${comments} 条批注` : ''].filter(Boolean).join('、');
  return (
    <GateDialog
      title="尚有修订未处理"
      onEscape={onReview}
      actions={[
        { label: '去审阅', run: onReview },
        { label: '导出带修订稿', run: onMarked },
        { label: '仍导出干净稿', run: onClean },
      ]}
    >
      <p>审阅中还有{open}没有处理。</p>
      <p>干净稿按现在的正文印出：已接受的修改照印，未处理的修改不印，批注不带。要让领导再看一遍，可导出带修订稿，Word 和 WPS 会把修订、批注照原样显示。</p>
    </GateDialog>
  );
}
