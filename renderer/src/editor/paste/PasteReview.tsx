import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { articleText } from '../../../../core/cleanup/article-text.ts';
import { describeChanges } from '../../../../core/cleanup/tally.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { useMemo } from 'react';
import { TextDiff } from '../TextDiff.tsx';
import { textChanges } from '../text-changes.ts';

const MARKS = { removed: '清理时去掉', added: '清理时加上' };

interface Props {
  article: CleanArticle;
  original: string;
  onRestore: () => void;
  onClose: () => void;
}

/** 查看改动: what was pasted beside what it became, with the warnings to check. */
export function PasteReview({ article, original, onRestore, onClose }: Props) {
  const dialog = useDialog(onClose);
  const cleaned = useMemo(() => articleText(article), [article]);
  const changes = useMemo(() => textChanges(original, cleaned), [original, cleaned]);
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal bj-modal-wide" {...dialog} aria-label="粘贴内容的清理结果">
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
        {!changes && <p>改动较多，未逐字标出。</p>}
        <div className="bj-compare">
          <section>
            <h3>原文{changes && <small>（<del className="bj-diff-del">删去</del>的部分）</small>}</h3>
            <pre aria-label="原文">{changes ? <TextDiff changes={changes} side="before" titles={MARKS} /> : original}</pre>
          </section>
          <section>
            <h3>清理后{changes && <small>（<ins className="bj-diff-ins">改成</ins>的部分）</small>}</h3>
            <pre aria-label="清理后">{changes ? <TextDiff changes={changes} side="after" titles={MARKS} /> : cleaned}</pre>
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
