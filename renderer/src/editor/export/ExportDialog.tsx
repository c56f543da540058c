import { useEffect, useState } from 'react';
import { call, errorText } from '../../api/client.ts';
import type { Output } from '../../../../core/api/contract.ts';
import { base64Bytes } from '../../app/files.ts';
import { canSaveAs, saveAs, saveByDownload, type Saved } from '../../app/save-file.ts';
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
  | { kind: 'done'; bytes: Uint8Array<ArrayBuffer>; extension: string; pages: number; problems: string[]; unsigned: string | null; photos: number; sizeNote: string | null }
  | { kind: 'failed'; message: string };

/** Characters no Windows, macOS or Linux file name may hold; a name of nothing else falls back to the suggested one. */
const NOT_IN_NAMES = /[\\/:*?"<>|\u0000-\u001f]/gu;

interface Props {
  issueId: string;
  format: ExportFormat;
  /** Saves what is typed first, so the DOCX has it. */
  beforeExport: () => Promise<void>;
  onClose: () => void;
}

/**
 * 导出 DOCX or PDF: progress while it lays out and writes, then the pages, what could not be
 * printed, and the file's name, which the clerk may change before saving it (保存 in the desktop
 * app, through its save dialog; 下载 or 另存为… in a browser), and where it went.
 */
export function ExportDialog({ issueId, format, beforeExport, onClose }: Props) {
  const kind = KINDS[format];
  const [state, setState] = useState<State>({ kind: 'working', seconds: 0 });
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<Saved | null>(null);
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
          const extension = /\.[^.]+$/u.exec(fileName)?.[0] ?? '';
          setName((typed) => typed || fileName.slice(0, fileName.length - extension.length));
          setSaved(null);
          setState({ kind: 'done', bytes: base64Bytes(data), extension, pages, problems, unsigned: 'unsigned' in done ? done.unsigned : null, photos, sizeNote });
        },
        (e: unknown) => live && setState({ kind: 'failed', message: errorText(e) }),
      )
      .finally(() => clearInterval(tick));
    const stop = window.jianbao?.onDownloaded((path) => setSaved({ message: `已保存到 ${path}`, path }));
    return () => {
      live = false;
      clearInterval(tick);
      stop?.();
    };
  }, [issueId, beforeExport, kind, fullPhotos]);

  const fileName = () => {
    if (state.kind !== 'done') return '';
    const stem = name.replace(NOT_IN_NAMES, '').trim() || '简报';
    return `${stem}${state.extension}`;
  };
  const fail = (e: unknown) => setState({ kind: 'failed', message: errorText(e) });
  const save = () => state.kind === 'done' && setSaved(saveByDownload(fileName(), state.bytes, kind.type));
  const saveElsewhere = () =>
    state.kind === 'done' &&
    void saveAs(fileName(), state.bytes, kind.type, `${kind.name} 文件`).then((done) => done && setSaved(done), fail);

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
              已生成，共 {state.pages} 页，{kind.done}。
            </p>
            <label className="bj-field bj-file-name">
              文件名
              <span>
                <input
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), save())}
                  aria-describedby="bj-file-extension"
                />
                <span id="bj-file-extension">{state.extension}</span>
              </span>
            </label>
            {saved && <p role="status">{saved.message}</p>}
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
          {state.kind === 'done' && (
            <button type="button" onClick={save} title={window.jianbao ? '选择文件夹并保存' : '下载到浏览器的下载文件夹'}>
              {window.jianbao ? '保存…' : '下载'}
            </button>
          )}
          {state.kind === 'done' && canSaveAs() && (
            <button type="button" onClick={saveElsewhere} title="选择文件夹和文件名保存">
              另存为…
            </button>
          )}
          {saved?.path && window.jianbao && (
            <button type="button" onClick={() => void window.jianbao!.showInFolder(saved.path!)}>
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
