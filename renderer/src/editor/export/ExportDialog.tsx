import { useEffect, useState } from 'react';
import { call, errorText } from '../../api/client.ts';
import { base64Bytes, downloadFile } from '../../app/files.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { ProblemList } from './ProblemList.tsx';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type State =
  | { kind: 'working'; seconds: number }
  | { kind: 'done'; fileName: string; pages: number; problems: string[]; savedAt: string | null }
  | { kind: 'failed'; message: string };

interface Props {
  issueId: string;
  /** Saves what is typed first, so the DOCX has it. */
  beforeExport: () => Promise<void>;
  onClose: () => void;
}

/** 导出 DOCX: progress while it lays out and writes, then the pages and what could not be printed. */
export function ExportDialog({ issueId, beforeExport, onClose }: Props) {
  const [state, setState] = useState<State>({ kind: 'working', seconds: 0 });
  const dialog = useDialog(state.kind === 'working' ? null : onClose);

  useEffect(() => {
    let live = true;
    const tick = setInterval(() => setState((s) => (s.kind === 'working' ? { ...s, seconds: s.seconds + 1 } : s)), 1000);
    beforeExport()
      .then(() => call('exportDocx', { id: issueId }))
      .then(
        ({ fileName, data, pages, problems }) => {
          if (!live) return;
          downloadFile(fileName, base64Bytes(data), DOCX_TYPE);
          setState({ kind: 'done', fileName, pages, problems, savedAt: null });
        },
        (e: unknown) => live && setState({ kind: 'failed', message: errorText(e) }),
      )
      .finally(() => clearInterval(tick));
    const stop = window.jianbao?.onDownloaded((path) => setState((s) => (s.kind === 'done' ? { ...s, savedAt: path } : s)));
    return () => {
      live = false;
      clearInterval(tick);
      stop?.();
    };
  }, [issueId, beforeExport]);

  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="导出 DOCX">
        <h2>导出 DOCX</h2>
        {state.kind === 'working' && (
          <p role="status" className="bj-progress">
            <span className="bj-spinner" />
            正在排版并生成 DOCX，请稍候…{state.seconds > 1 ? `（已用 ${state.seconds} 秒）` : ''}
          </p>
        )}
        {state.kind === 'failed' && <p className="bj-error" role="alert">导出失败：{state.message}</p>}
        {state.kind === 'done' && (
          <>
            <p role="status">
              已生成《{state.fileName}》，共 {state.pages} 页，目录页码已排好。
            </p>
            {state.problems.length > 0 && (
              <>
                <p>以下内容未能印出，简报本身没有改动：</p>
                <ProblemList problems={state.problems} />
              </>
            )}
          </>
        )}
        <div className="bj-modal-actions">
          {state.kind === 'done' && state.savedAt && window.jianbao && (
            <button type="button" onClick={() => void window.jianbao!.showInFolder(state.savedAt!)}>
              打开所在文件夹
            </button>
          )}
          <button type="button" onClick={onClose} disabled={state.kind === 'working'}>
            关闭
          </button>
        </div>
      </div>
    </div>
  );
}
