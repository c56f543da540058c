import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { articleText } from '../../../../core/cleanup/article-text.ts';
import { describeChanges } from '../../../../core/cleanup/tally.ts';

interface Props {
  article: CleanArticle;
  original: string;
  onRestore: () => void;
  onClose: () => void;
}

/** 查看改动: what was pasted beside what it became, with the warnings to check. */
export function PasteReview({ article, original, onRestore, onClose }: Props) {
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal bj-modal-wide" role="dialog" aria-label="粘贴内容的清理结果">
        <h2>粘贴内容的清理结果</h2>
        <p>{describeChanges(article.changes) ?? '没有需要清理的地方。'}</p>
        {article.warnings.length > 0 && (
          <ul className="bj-problems" aria-label="需要核对">
            {article.warnings.map((w, i) => (
              <li key={i}>
                “{w.text}”：{w.message}
              </li>
            ))}
          </ul>
        )}
        <div className="bj-compare">
          <section>
            <h3>原文</h3>
            <pre aria-label="原文">{original}</pre>
          </section>
          <section>
            <h3>清理后</h3>
            <pre aria-label="清理后">{articleText(article)}</pre>
          </section>
        </div>
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
