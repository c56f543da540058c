import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IssueSummary, PastIssuePreview, TrashEntry } from '../../../core/api/contract.ts';
import { chineseDate } from '../../../core/model/date.ts';
import { call, errorText } from '../api/client.ts';
import type { Notify } from '../app/notices.ts';
import { fileBase64, pickFile } from '../app/files.ts';
import { useOpenIssueFile } from '../app/OpenIssueFile.tsx';
import { useCommands } from '../app/commands.tsx';
import { when } from '../app/when.ts';
import { BackupsDialog } from './BackupsDialog.tsx';
import { FirstSteps } from './FirstSteps.tsx';
import { isBeginning } from './first-steps.ts';
import './home.css';
import { IssueMarks } from './IssueMarks.tsx';
import { NewIssueDialog } from './NewIssueDialog.tsx';
import { PastIssueDialog } from './PastIssueDialog.tsx';
import type { ReopenView } from '../editor/reopen-view.ts';

interface Props {
  onOpen: (id: string, view?: ReopenView) => void;
  notify: Notify;
  /** 备份与恢复 is open (from its button here or from the menu). */
  backupsOpen: boolean;
  onBackups: (open: boolean) => void;
}

/** 期刊列表: every issue, with the actions a clerk takes on whole issues, and the 回收站. */
export function HomeScreen({ onOpen, notify, backupsOpen, onBackups }: Props) {
  const [issues, setIssues] = useState<IssueSummary[] | null>(null);
  const [trash, setTrash] = useState<TrashEntry[]>([]);
  const [choosing, setChoosing] = useState(false);

  const reload = useCallback(async () => {
    try {
      const [list, bin] = await Promise.all([call('listIssues', {}), call('listTrash', {})]);
      setIssues(list);
      setTrash(bin);
    } catch (e) {
      notify(errorText(e));
    }
  }, [notify]);
  useEffect(() => void reload(), [reload]);
  const listed = useMemo(() => new Set((issues ?? []).map((i) => i.id)), [issues]);

  const act = (work: () => Promise<unknown>) => () => void work().then(reload, (e: unknown) => notify(errorText(e)));
  const { openFile, question } = useOpenIssueFile(onOpen, notify);
  useCommands({ openIssueFile: openFile });
  const createIssue = () => setChoosing(true);
  const createFrom = async (style: string) => onOpen((await call('createIssue', { template: style })).id, { history: false, focusItem: null, settings: true });
  const createNextIssue = (fromId: string) => act(async () => onOpen((await call('createNextIssue', { fromId })).id))();
  const [past, setPast] = useState<{ fileName: string; data: string; preview: PastIssuePreview } | null>(null);
  const [reading, setReading] = useState(false);
  /** 导入往期简报…: a past briefing chosen and read, its preview shown; nothing is stored until 导入. */
  const choosePastIssue = async () => {
    const file = await pickFile('.docx,.doc,.wps,.pdf');
    if (!file) return;
    setReading(true);
    try {
      const data = await fileBase64(file);
      setPast({ fileName: file.name, data, preview: await call('previewPastIssue', { fileName: file.name, data }) });
    } catch (e) {
      notify(errorText(e));
    } finally {
      setReading(false);
    }
  };
  const importPastIssue = async () => {
    const { id } = await call('importPastIssue', { fileName: past!.fileName, data: past!.data });
    setPast(null);
    onOpen(id);
  };

  return (
    <div className="bj-home">
      <header className="bj-home-bar">
        <h1>简报工坊</h1>
        <button type="button" onClick={createIssue}>新建简报</button>
        <button type="button" onClick={openFile}>打开工程文件</button>
        <button type="button" onClick={() => void choosePastIssue()} disabled={reading}>
          {reading ? '正在读取往期简报…' : '导入往期简报…'}
        </button>
        <button type="button" onClick={() => onBackups(true)}>备份与恢复…</button>
      </header>
      {choosing && <NewIssueDialog onCreate={createFrom} onCancel={() => setChoosing(false)} />}
      {past && <PastIssueDialog fileName={past.fileName} preview={past.preview} onImport={importPastIssue} onCancel={() => setPast(null)} />}
      {issues && isBeginning(issues) && (
        <FirstSteps only={issues[0] ?? null} onNext={createNextIssue} onBlank={createIssue} />
      )}
      <table className="bj-issue-table">
        <caption>全部简报</caption>
        <thead>
          <tr>
            <th>简报名称</th>
            <th>期号</th>
            <th>日期</th>
            <th>最后编辑</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {issues?.map((i) => (
            <tr key={i.id}>
              <td>
                <button type="button" className="bj-link" onClick={() => onOpen(i.id)}>{i.seriesTitle}</button>
                <IssueMarks issue={i} />
              </td>
              <td>第{i.issueNumber}期</td>
              <td>{chineseDate(i.date)}</td>
              <td>{when(i.updatedAt)}</td>
              <td className="bj-actions">
                <button type="button" onClick={() => onOpen(i.id)}>打开</button>
                <button type="button" onClick={() => createNextIssue(i.id)}>新建下一期</button>
                <button type="button" onClick={act(() => call('duplicateIssue', { id: i.id }))}>复制</button>
                <button
                  type="button"
                  onClick={act(async () => {
                    await call('deleteIssue', { id: i.id });
                    notify(`已将第${i.issueNumber}期移入回收站，30 天内可以恢复。`);
                  })}
                >
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {trash.length > 0 && (
        <table className="bj-issue-table bj-trash">
          <caption>回收站（删除 30 天后自动清除）</caption>
          <tbody>
            {trash.map((t) => (
              <tr key={t.id}>
                <td>
                  {t.seriesTitle}
                  {t.isCopy && <span className="bj-copy-mark">（副本）</span>}
                </td>
                <td>第{t.issueNumber}期</td>
                <td>删除于 {when(t.deletedAt)}</td>
                <td>{new Date(t.purgeAt).toLocaleDateString('zh-CN')} 清除</td>
                <td>
                  <button type="button" onClick={act(() => call('restoreIssue', { id: t.id }))}>恢复</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {backupsOpen && <BackupsDialog currentIds={listed} onRestored={() => void reload()} onClose={() => onBackups(false)} notify={notify} />}
      {question}
    </div>
  );
}
