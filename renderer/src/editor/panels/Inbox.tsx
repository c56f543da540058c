import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutlineSection } from '../../../../core/model/outline.ts';
import type { Template } from '../../../../core/model/template.ts';
import { call, errorText } from '../../api/client.ts';
import { fileBase64 } from '../../app/files.ts';
import type { Notify } from '../../app/notices.ts';
import { useRovingFocus } from '../../app/use-roving-focus.ts';
import { PlaceMenu, submissionTargets } from './PlaceMenu.tsx';
import { SubmissionChanges } from './SubmissionChanges.tsx';
import { SUBMISSION_PREVIEW_ID, submissionLabel } from './submission-label.ts';
import type { InboxState } from './use-inbox.tsx';

export const SUBMISSION_DRAG = 'application/x-jianbao-submission';
const ACCEPT = '.docx,.doc,.wps,.pdf,.txt,.html,.htm';

/** What kind of file a submission came from (`PDF`, `DOC`), so two copies of one essay can be told apart; its name shows on hover. */
const kindOf = (fileName: string) => /\.([a-z0-9]{1,5})$/iu.exec(fileName)?.[1]?.toUpperCase() ?? '文字';

interface Props {
  notify: Notify;
  /** The list, and the preview a row opens. */
  inbox: InboxState;
  /** The issue's sections: 放入… lists them, those that cannot take an essay greyed. */
  sections: OutlineSection[];
  template: Template;
  /** 放入… picked a section: the same as dropping the submission on its heading. */
  onPlace: (submissionId: string, sectionId: string, index: number) => void;
}

/**
 * 收稿箱: contributors' files (.docx, .doc, .wps, .pdf, .txt, .html), each cleaned into an article with its warnings;
 * click one (or Enter on it) to read it in the page's place, drag it onto a section of the outline,
 * or pick the section from its 放入… menu, to place it in the issue. Files dropped on the window
 * come here too. The list is one Tab stop: ↑ ↓ move inside.
 */
export function Inbox({ notify, inbox, sections, template, onPlace }: Props) {
  const { items, reload } = inbox;
  const [progress, setProgress] = useState<string | null>(null);
  const roving = useRovingFocus<HTMLOListElement>('button', 'vertical');
  const importButton = useRef<HTMLButtonElement>(null);
  const targets = submissionTargets(sections, template);
  /** Set when a submission is placed or deleted: its row, holding the focus, is about to go. */
  const refocus = useRef(false);

  // Focus stays in the 收稿箱 rather than falling to the page once the row has gone.
  useEffect(() => {
    if (refocus.current && document.activeElement === document.body)
      (roving.ref.current?.querySelector<HTMLElement>('button[tabindex="0"]') ?? importButton.current)?.focus();
    refocus.current = false;
  }, [items, roving.ref]);

  const importFiles = useCallback(
    async (files: File[]) => {
      const failed: string[] = [];
      let added = 0;
      for (const [i, file] of files.entries()) {
        setProgress(`正在导入 ${i + 1}/${files.length}：${file.name}`);
        try {
          await call('importSubmission', { fileName: file.name, data: await fileBase64(file) });
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
        <button ref={importButton} type="button" className="bj-link bj-inbox-import" onClick={pick}>
          导入稿件…
        </button>
      </div>
      {progress && (
        <div role="status" className="bj-progress bj-inbox-progress">
          <span className="bj-spinner" />
          {progress}
        </div>
      )}
      {items.length === 0 && !progress && <div className="bj-outline-empty">把 .docx、.doc、.pdf、.txt、.html 稿件拖到这里，或点“导入稿件…”。</div>}
      <ol {...roving}>
        {items.map((s) => {
          const label = submissionLabel(s);
          return (
            <li
              key={s.id}
              className={`bj-outline-item ${s.id === inbox.openId ? 'bj-current' : ''}`}
              draggable
              data-submission={s.id}
              title="点击查看全文；拖到左侧大纲的栏目上，或用“放入…”选择栏目，放入本期简报"
              onDragStart={(e) => {
                e.dataTransfer.setData(SUBMISSION_DRAG, s.id);
                e.dataTransfer.effectAllowed = 'copy';
              }}
            >
              <button
                type="button"
                className="bj-outline-label bj-inbox-open"
                aria-expanded={s.id === inbox.openId}
                aria-controls={s.id === inbox.openId ? SUBMISSION_PREVIEW_ID : undefined}
                onClick={() => inbox.toggle(s.id)}
              >
                {/* Without a title, its first words, marked as such: never the file's name. */}
                {s.title || <span className="bj-inbox-untitled">{label}</span>}
                {s.byline && <span className="bj-outline-author">（{s.byline}）</span>}
              </button>
              <span className="bj-inbox-kind" title={s.fileName}>
                {kindOf(s.fileName)}
              </span>
              <span className="bj-outline-chars">{s.chars}字</span>
              <PlaceMenu
                what={label}
                targets={targets}
                onPick={(target) => {
                  refocus.current = true;
                  onPlace(s.id, target.id, target.items.length);
                }}
              />
              <button
                type="button"
                className="bj-icon"
                aria-label={`删除稿件“${label}”`}
                onClick={() => {
                  refocus.current = true;
                  inbox.remove(s);
                }}
              >
                ×
              </button>
              <SubmissionChanges submission={s} notify={notify} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
