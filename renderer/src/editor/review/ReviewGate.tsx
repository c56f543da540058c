import { useDialog } from '../../app/use-dialog.ts';

interface Props {
  changes: number;
  comments: number;
  onClean: () => void;
  onMarked: () => void;
  onReview: () => void;
}

/** Before a clean export while the leader's marks are open: nothing proposed is printed unseen, nor dropped unseen. */
export function ReviewGate({ changes, comments, onClean, onMarked, onReview }: Props) {
  const dialog = useDialog(onReview);
  const open = [changes ? `${changes} 处修订` : '', comments ? `${comments} 条批注` : ''].filter(Boolean).join('、');
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="尚有修订未处理">
        <h2>尚有修订未处理</h2>
        <p>审阅中还有{open}没有处理。</p>
        <p>干净稿按现在的正文印出：已接受的修改照印，未处理的修改不印，批注不带。要让领导再看一遍，可导出带修订稿，Word 和 WPS 会把修订、批注照原样显示。</p>
        <div className="bj-modal-actions">
          <button type="button" onClick={onReview}>
            去审阅
          </button>
          <button type="button" onClick={onMarked}>
            导出带修订稿
          </button>
          <button type="button" onClick={onClean}>
            仍导出干净稿
          </button>
        </div>
      </div>
    </div>
  );
}
