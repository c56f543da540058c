import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import type { Submission } from '../../../../core/api/contract.ts';
import type { OutlineSection } from '../../../../core/model/outline.ts';
import { call, errorText } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';
import { WarningList } from '../paste/CleanupDetails.tsx';
import { PlaceMenu, type PlaceTarget } from './PlaceMenu.tsx';
import { SubmissionChanges } from './SubmissionChanges.tsx';
import { SubmissionText } from './SubmissionText.tsx';
import { SUBMISSION_PREVIEW_ID, submissionLabel, type SubmissionFix } from './submission-label.ts';
import './submission-preview.css';

interface Props {
  submission: Submission;
  /** Every section, as 放入… offers them for an essay. */
  targets: PlaceTarget[];
  notify: Notify;
  /** Stores the clerk's title and byline with the submission. */
  onSave: (fix: SubmissionFix) => Promise<void>;
  onPlace: (section: OutlineSection) => void;
  onDelete: () => void;
  onClose: () => void;
}

/**
 * A submission of the 收稿箱 shown in the page's place before it is placed: its title and byline
 * (which the clerk may fix; the fix is stored and is what gets placed), every warning, 查看改动, and
 * the cleaned text with its headings and photos; 放入…, 删除, and Esc or 返回编辑 back to the list.
 */
export function SubmissionPreview({ submission: s, targets, notify, onSave, onPlace, onDelete, onClose }: Props) {
  const [article, setArticle] = useState<CleanArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState(s.title);
  const [byline, setByline] = useState(s.byline);
  const [status, setStatus] = useState('');
  const region = useRef<HTMLElement>(null);
  const label = submissionLabel(s);

  useEffect(() => {
    let live = true;
    call('getSubmission', { id: s.id }).then(
      (a) => live && setArticle(a),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [s.id]);
  // Opened from its row: the focus comes here, so a screen reader reads the preview.
  useEffect(() => region.current?.focus(), []);

  /** Stores the fields where they differ from what is kept: on leaving a field, and before placing or closing. False when it failed. */
  const save = async (): Promise<boolean> => {
    const fix = { title: title.trim(), byline: byline.trim() };
    if (fix.title === s.title && fix.byline === s.byline) return true;
    try {
      await onSave(fix);
      setStatus('已保存标题和署名。');
      return true;
    } catch (e) {
      setStatus(errorText(e));
      return false;
    }
  };
  const thenIfSaved = (next: () => void) => () => void save().then((ok) => ok && next());
  const onFieldKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void save();
  };

  return (
    <section
      ref={region}
      id={SUBMISSION_PREVIEW_ID}
      className="bj-submission-view"
      aria-label="稿件预览"
      tabIndex={-1}
      onKeyDown={(e) => {
        // Menus and dialogs inside take their own Esc first.
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        thenIfSaved(onClose)();
      }}
    >
      <header className="bj-submission-bar">
        <div>
          <h2>{s.title ? `《${s.title}》` : `无标题：${label}`}</h2>
          <p>
            来自“{s.fileName}”，{s.chars} 字。放入前可以改标题和署名。
          </p>
        </div>
        <PlaceMenu what={label} targets={targets} className="bj-place-button" onPick={(section) => thenIfSaved(() => onPlace(section))()} />
        <button type="button" onClick={onDelete}>
          删除
        </button>
        <button type="button" onClick={thenIfSaved(onClose)}>
          返回编辑
        </button>
      </header>
      <div className="bj-submission-sheet">
        <div className="bj-submission-fields">
          <label>
            标题
            <input value={title} placeholder="稿件没有标题" onChange={(e) => setTitle(e.target.value)} onBlur={() => void save()} onKeyDown={onFieldKey} />
          </label>
          {article?.subtitle && <p className="bj-submission-subtitle">副标题：{article.subtitle}</p>}
          <label>
            署名
            <input value={byline} placeholder="如 文/张三，或作者姓名" onChange={(e) => setByline(e.target.value)} onBlur={() => void save()} onKeyDown={onFieldKey} />
          </label>
          <span role="status" className="bj-submission-status">
            {status}
          </span>
        </div>
        {article && article.warnings.length > 0 && (
          <section className="bj-submission-warnings" aria-labelledby="bj-submission-warnings">
            <h3 id="bj-submission-warnings">⚠ 需要核对（{article.warnings.length} 处）</h3>
            <WarningList warnings={article.warnings} />
          </section>
        )}
        <SubmissionChanges submission={s} notify={notify} />
        {article && <SubmissionText article={article} />}
        {!article && !error && <p role="status">正在读取稿件…</p>}
        {error && (
          <p className="bj-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
