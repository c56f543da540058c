import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupEntry } from '../../../core/api/contract.ts';
import { call, errorText } from '../api/client.ts';
import { base64Bytes, downloadFile } from '../app/files.ts';
import type { Notify } from '../app/notices.ts';
import { useDialog } from '../app/use-dialog.ts';
import { when } from '../app/when.ts';
import { BackupIssues } from './BackupIssues.tsx';

const KINDS: Record<BackupEntry['kind'], string> = { daily: '每日', weekly: '每周', manual: '手动' };

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

interface Props {
  currentIds: ReadonlySet<string>;
  /** Issues were brought back: the list is read again. */
  onRestored: () => void;
  onClose: () => void;
  notify: Notify;
}

/** 备份与恢复: the backups of the whole store; one made now, saved to a USB stick, or opened to bring issues back. */
export function BackupsDialog({ currentIds, onRestored, onClose, notify }: Props) {
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [opened, setOpened] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const dialog = useDialog(busy ? null : onClose);
  /** The backup last opened: 返回 puts the focus back on its 打开. */
  const lastOpened = useRef<string | null>(null);

  const load = useCallback(
    () => call('listBackups', {}).then((list) => setBackups([...list].sort((a, b) => b.time.localeCompare(a.time)))),
    [],
  );
  const work = async (task: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await task();
      if (done) setMessage({ text: done, error: false });
    } catch (e) {
      setMessage({ text: errorText(e), error: true });
    } finally {
      setBusy(false);
    }
  };
  useEffect(
    () =>
      void work(async () => {
        await load();
        return null;
      }),
    [load],
  );
  useEffect(() => {
    if (!opened && lastOpened.current) dialog.ref.current?.querySelector<HTMLElement>(`[data-file="${lastOpened.current}"]`)?.focus();
  }, [opened, dialog.ref]);

  const backupNow = () =>
    work(async () => {
      const made = await call('makeBackup', {});
      await load();
      return `已备份（${size(made.size)}）。`;
    });
  const saveTo = (file: string) =>
    work(async () => {
      const { fileName, data } = await call('downloadBackup', { file });
      downloadFile(fileName, base64Bytes(data), 'application/vnd.sqlite3');
      return null;
    });
  const restore = (ids: string[]) =>
    work(async () => {
      const { restored } = await call('restoreFromBackup', { file: opened!.file, ids });
      notify(`已从备份恢复 ${restored} 期简报。`);
      onRestored();
      onClose();
      return null;
    });

  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal bj-modal-wide" {...dialog} aria-label="备份与恢复">
        <h2>备份与恢复</h2>
        {message && (
          <p className={message.error ? 'bj-error' : 'bj-done'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        {opened ? (
          <BackupIssues backup={opened} currentIds={currentIds} busy={busy} onRestore={(ids) => void restore(ids)} onBack={() => setOpened(null)} />
        ) : (
          <>
            <p>简报工坊每天第一次启动时自动备份全部简报，保留最近 7 份每日备份和 4 份每周备份。备份可以另存到U盘；打开一份备份，可以从中恢复选定的简报。</p>
            {backups?.length === 0 && <p>还没有备份。</p>}
            {backups && backups.length > 0 && (
              <table className="bj-issue-table bj-backup-table">
                <thead>
                  <tr>
                    <th>备份时间</th>
                    <th>类型</th>
                    <th>大小</th>
                    <th>操作</th>
                  </tr>
                </thead>
                <tbody>
                  {backups.map((b) => (
                    <tr key={b.file}>
                      <td>{when(b.time)}</td>
                      <td>{KINDS[b.kind]}</td>
                      <td>{size(b.size)}</td>
                      <td className="bj-actions">
                        <button
                          type="button"
                          data-file={b.file}
                          disabled={busy}
                          onClick={() => {
                            lastOpened.current = b.file;
                            setMessage(null);
                            setOpened(b);
                          }}
                        >
                          打开
                        </button>
                        <button type="button" disabled={busy} onClick={() => void saveTo(b.file)}>
                          保存到…
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div className="bj-modal-actions">
              <button type="button" onClick={() => void backupNow()} disabled={busy}>
                立即备份
              </button>
              <button type="button" onClick={onClose} disabled={busy}>
                关闭
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
