import { useEffect, useRef, useState } from 'react';
import type { BackupEntry, IssueSummary } from '../../../core/api/contract.ts';
import { chineseDate } from '../../../core/model/date.ts';
import { call, errorText } from '../api/client.ts';
import { when } from '../app/when.ts';
import { IssueMarks } from './IssueMarks.tsx';

interface Props {
  backup: BackupEntry;
  /** The issues in the list now: a restore replaces them, after keeping them as a version. */
  currentIds: ReadonlySet<string>;
  busy: boolean;
  onRestore: (ids: string[]) => void;
  onBack: () => void;
}

/** One backup opened read-only: its issues, to bring back the ones ticked or all of them. */
export function BackupIssues({ backup, currentIds, busy, onRestore, onBack }: Props) {
  const [issues, setIssues] = useState<IssueSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    call('backupIssues', { file: backup.file }).then(setIssues, (e: unknown) => setError(errorText(e)));
  }, [backup.file]);
  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        {when(backup.time)} 的备份（只读）
      </h3>
      <p>勾选要恢复的简报。现有的同一期会被替换，替换前的内容先存入它的历史版本，不会丢失。</p>
      {error && (
        <p className="bj-error" role="alert">
          {error}
        </p>
      )}
      {issues?.length === 0 && <p>这份备份中没有简报。</p>}
      {issues && issues.length > 0 && (
        <table className="bj-issue-table bj-backup-table">
          <thead>
            <tr>
              <th>简报</th>
              <th>日期</th>
              <th>最后编辑</th>
              <th>现在</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i) => (
              <tr key={i.id}>
                <td>
                  <label>
                    <input type="checkbox" checked={chosen.has(i.id)} onChange={() => toggle(i.id)} /> {i.seriesTitle}第{i.issueNumber}期
                    <IssueMarks issue={i} />
                  </label>
                </td>
                <td>{chineseDate(i.date)}</td>
                <td>{when(i.updatedAt)}</td>
                <td>{currentIds.has(i.id) ? '在列表中' : '已删除'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="bj-modal-actions">
        <button type="button" onClick={onBack} disabled={busy}>
          返回
        </button>
        <button type="button" onClick={() => onRestore([...chosen])} disabled={busy || chosen.size === 0}>
          恢复所选{chosen.size > 0 && `（${chosen.size}）`}
        </button>
        <button type="button" onClick={() => onRestore((issues ?? []).map((i) => i.id))} disabled={busy || !issues?.length}>
          全部恢复
        </button>
      </div>
    </>
  );
}
