import { useCallback, useEffect, useState } from 'react';
import type { Submission } from '../../../../core/api/contract.ts';
import { call, errorText } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';

export const SUBMISSION_DRAG = 'application/x-jianbao-submission';
const ACCEPT = '.docx,.txt,.html,.htm';

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`无法读取“${file.name}”。`));
    reader.readAsDataURL(file);
  });
}

interface Props {
  notify: Notify;
  /** Bumped by the editor after a placement, so the list is read again. */
  version: number;
}

/**
 * 收稿箱: contributors' files (.docx, .txt, .html), each cleaned into an article with its warnings;
 * drag one onto a section of the outline to place it in the issue. Files dropped on the window come
 * here too.
 */
export function Inbox({ notify, version }: Props) {
  const [items, setItems] = useState<Submission[]>([]);
  const [progress, setProgress] = useState<string | null>(null);

  const reload = useCallback(() => {
    call('listSubmissions', {}).then(setItems, (e: unknown) => notify(errorText(e)));
  }, [notify]);
  useEffect(reload, [reload, version]);

  const importFiles = useCallback(
    async (files: File[]) => {
      const failed: string[] = [];
      let added = 0;
      for (const [i, file] of files.entries()) {
        setProgress(`正在导入 ${i + 1}/${files.length}：${file.name}`);
        try {
          await call('importSubmission', { fileName: file.name, data: await base64Of(file) });
          added++;
        } catch (e) {
          failed.push(errorText(e));
        }
      }
      setProgress(null);
      reload();
      notify(`已导入 ${added} 篇稿件${failed.length ? `；${failed.length} 篇未能导入：${failed.join(' ')}` : '。'}`);
    },
    [notify, reload],
  );

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!files.length) return;
      e.preventDefault();
      void importFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  const pick = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = ACCEPT;
    input.addEventListener('change', () => void importFiles([...(input.files ?? [])]));
    input.click();
  };

  return (
    <section className="bj-inbox" aria-label="收稿箱">
      <div className="bj-outline-title">
        收稿箱
        <button type="button" className="bj-link" onClick={pick}>
          导入稿件…
        </button>
      </div>
      {progress && (
        <div role="status" className="bj-progress bj-inbox-progress">
          <span className="bj-spinner" />
          {progress}
        </div>
      )}
      {items.length === 0 && !progress && <div className="bj-outline-empty">把 .docx、.txt、.html 稿件拖到这里，或点“导入稿件…”。</div>}
      <ol>
        {items.map((s) => (
          <li
            key={s.id}
            className="bj-outline-item"
            draggable
            data-submission={s.id}
            title="拖到左侧大纲的栏目上，放入本期简报"
            onDragStart={(e) => {
              e.dataTransfer.setData(SUBMISSION_DRAG, s.id);
              e.dataTransfer.effectAllowed = 'copy';
            }}
          >
            <span className="bj-outline-label">
              {s.title || s.fileName}
              {s.byline && <span className="bj-outline-author">（{s.byline}）</span>}
            </span>
            <span className="bj-outline-chars">{s.chars}字</span>
            {s.warnings > 0 && <span className="bj-inbox-warn" title="有可能的乱码或缺字，请核对">⚠{s.warnings}</span>}
            <button
              type="button"
              className="bj-icon"
              aria-label={`删除稿件“${s.title || s.fileName}”`}
              onClick={() => call('deleteSubmission', { id: s.id }).then(reload, (e: unknown) => notify(errorText(e)))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
