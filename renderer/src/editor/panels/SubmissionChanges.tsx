import { useState } from 'react';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import type { Submission } from '../../../../core/api/contract.ts';
import { REMOVAL_RULES } from '../../../../core/cleanup/removed.ts';
import { call, errorText } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { CleanupDetails } from '../paste/CleanupDetails.tsx';
import { submissionLabel } from './submission-label.ts';

interface Props {
  submission: Submission;
  notify: Notify;
}

/**
 * Under a 收稿箱 item: 已删除 N 字, how many warnings and photos it has, and 查看改动, which shows
 * what the import took out and why, the warnings, and the file's text beside the cleaned article
 * (as a paste's 查看改动 does).
 */
export function SubmissionChanges({ submission: s, notify }: Props) {
  const [shown, setShown] = useState<{ article: CleanArticle; original: string } | null>(null);
  const open = () => call('submissionChanges', { id: s.id }).then(setShown, (e: unknown) => notify(errorText(e)));
  return (
    <div className="bj-inbox-changes">
      {s.removedChars > 0 && <span>已删除 {s.removedChars} 字</span>}
      {s.warnings > 0 && <span className="bj-inbox-warn">⚠ {s.warnings} 处需核对</span>}
      {s.photos > 0 && <span>照片 {s.photos} 张</span>}
      <button type="button" className="bj-link" aria-label={`查看改动：${submissionLabel(s)}`} onClick={() => void open()}>
        查看改动
      </button>
      {shown && <ChangesDialog title={submissionLabel(s)} {...shown} onClose={() => setShown(null)} />}
    </div>
  );
}

function ChangesDialog({ title, article, original, onClose }: { title: string; article: CleanArticle; original: string; onClose: () => void }) {
  const dialog = useDialog(onClose);
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal bj-modal-wide" {...dialog} aria-label="稿件的清理结果">
        <h2>“{title}”的清理结果</h2>
        {article.removed.length > 0 && (
          <details open>
            <summary>删除或移动的文字（{article.removed.length} 处）</summary>
            <ul className="bj-removed" aria-label="删除的文字">
              {article.removed.map((r, i) => (
                <li key={i}>
                  <span className="bj-removed-rule">{REMOVAL_RULES[r.rule]}</span>
                  <del className="bj-diff-del">{r.text}</del>
                </li>
              ))}
            </ul>
          </details>
        )}
        <CleanupDetails article={article} original={original} />
        <div className="bj-modal-actions">
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
    </div>
  );
}
