import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { CleanupDetails } from './CleanupDetails.tsx';

interface Props {
  article: CleanArticle;
  original: string;
  onRestore: () => void;
  onClose: () => void;
}

/** 查看改动: what was pasted beside what it became, with the warnings to check. */
export function PasteReview({ article, original, onRestore, onClose }: Props) {
  const dialog = useDialog(onClose);
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal bj-modal-wide" {...dialog} aria-label="粘贴内容的清理结果">
        <h2>粘贴内容的清理结果</h2>
        <CleanupDetails article={article} original={original} />
        <div className="bj-modal-actions">
          <button type="button" onClick={onRestore}>
            恢复原文
          </button>
          <button type="button" onClick={onClose}>
            保留清理结果
          </button>
        </div>
      </div>
    </div>
  );
}
