import { useEffect, useState } from 'react';
import { call, errorText } from '../../api/client.ts';
import type { Output } from '../../../../core/api/contract.ts';
import { base64Bytes, downloadFile } from '../../app/files.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { ProblemList } from './ProblemList.tsx';

export type ExportFormat = 'docx' | 'pdf' | 'review' | 'marked';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const KINDS = {
  docx: { name: 'DOCX', method: 'exportDocx', withMarks: false, type: DOCX_TYPE, done: '目录页码已排好' },
  marked: {
    name: '带修订稿',
    method: 'exportDocx',
    withMarks: true,
    type: DOCX_TYPE,
    done: '未处理的修订和批注在 Word、WPS 中显示为“修订”和“批注”，可在其中逐处接受或拒绝',
  },
  pdf: { name: 'PDF', method: 'exportPdf', withMarks: false, type: 'application/pdf', done: '与 DOCX 分页相同，目录可点击跳转' },
  review: {
    name: '送审稿',
    method: 'sendForReview',
    withMarks: false,
    type: DOCX_TYPE,
    done: '与打印稿分页相同。此时的内容已记入历史版本。审阅人在 Word 或 WPS 中用“修订”和“批注”修改后发回，在“审阅”栏中点“导入审阅稿”，逐处接受或拒绝',
  },
} as const;

type State =
  | { kind: 'working'; seconds: number }
  | { kind: 'done'; fileName: string; pages: number; problems: string[]; unsigned: string | null; savedAt: string | null; photos: number; sizeNote: string | null }
  | { kind: 'failed'; message: string };

interface Props {
  issueId: string;
  format: ExportFormat;
  /** Saves what is typed first, so the DOCX has it. */
  beforeExport: () => Promise<void>;
  onClose: () => void;
}

/** 导出 DOCX or PDF: progress while it lays out and writes, then the pages and what could not be printed. */
export function ExportDialog({ issueId, format, beforeExport, onClose }: Props) {
  const kind = KINDS[format];
  const [state, setState] = useState<State>({ kind: 'working', seconds: 0 });
  /** Photos whole, as the clerk may ask after seeing them resampled (a print shop wants the originals). */
  const [fullPhotos, setFullPhotos] = useState(false);
  // The 送审稿 records a version at each export: it is made once, with photos sized for e-mail.
  const offersFull = format !== 'review';
  const dialog = useDialog(state.kind === 'working' ? null : onClose);
  // 导出 DOCX, but 导出送审稿: a space only before Latin letters.
  const title = `导出${/^[A-Z]/u.test(kind.name) ? ' ' : ''}${kind.name}`;

  useEffect(() => {
    let live = true;
    const tick = setInterval(() => setState((s) => (s.kind === 'working' ? { ...s, seconds: s.seconds + 1 } : s)), 1000);
    beforeExport()
      .then((): Promise<Output<'exportDocx'> | Output<'sendForReview'>> => {
        if (kind.method === 'exportDocx') return call('exportDocx', { id: issueId, withMarks: kind.withMarks, fullPhotos });
        if (kind.method === 'exportPdf') return call('exportPdf', { id: issueId, fullPhotos });
        return call(kind.method, { id: issueId });
      })
      .then(
        (done) => {
          if (!live) return;
          const { fileName, data, pages, problems, photos, sizeNote } = done;
          downloadFile(fileName, base64Bytes(data), kind.type);
          setState({ kind: 'done', fileName, pages, problems, unsigned: 'unsigned' in done ? done.unsigned : null, savedAt: null, photos, sizeNote });
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
  }, [issueId, beforeExport, kind, fullPhotos]);

  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label={title}>
        <h2>{title}</h2>
        {state.kind === 'working' && (
          <p role="status" className="bj-progress">
            <span className="bj-spinner" />
            正在排版并生成 {kind.name}，请稍候…{state.seconds > 1 ? `（已用 ${state.seconds} 秒）` : ''}
          </p>
        )}
        {state.kind === 'failed' && <p className="bj-error" role="alert">导出失败：{state.message}</p>}
        {state.kind === 'done' && (
          <>
            <p role="status">
              已生成《{state.fileName}》，共 {state.pages} 页，{kind.done}。
            </p>
            {(fullPhotos || state.photos > 0) && (
              <p className="bj-photo-size">{fullPhotos ? '照片为全尺寸原图。' : `${state.photos} 张照片已按打印尺寸缩小（约 300 ppi），简报中的原图不变。`}</p>
            )}
            {state.sizeNote && (
              <p className="bj-review-warning" role="alert">
                {state.sizeNote}
              </p>
            )}
            {state.unsigned && (
              <p className="bj-review-warning" role="alert">
                {state.unsigned}
              </p>
            )}
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
          {state.kind === 'done' && state.photos > 0 && offersFull && !fullPhotos && (
            <button
              type="button"
              title="照片不缩小，放入原图：文件会大很多，适合交印刷厂"
              onClick={() => {
                setState({ kind: 'working', seconds: 0 });
                setFullPhotos(true);
              }}
            >
              改用全尺寸照片导出
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
