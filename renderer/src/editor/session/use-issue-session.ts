import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Issue, IssueContent } from '../../../../core/model/issue.ts';
import type { IssueMeta } from '../../../../core/model/meta.ts';
import type { VersionReason } from '../../../../core/api/contract.ts';
import type { Template } from '../../../../core/model/template.ts';
import { ApiError, call } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';
import { issueExtensions } from '../extensions.ts';
import { Autosaver } from '../autosave.ts';
import { useSettled, type Settled } from '../settled.ts';
import { recordBefore } from '../history/record-before.ts';
import { usePhotoInsertion, type PhotoInsertion } from '../use-photo-insertion.ts';
import { photoTargetAt } from '../photo-insert.ts';
import { usePasteReview } from '../paste/use-paste-review.tsx';
import { useSaveOnLeave } from '../use-save-on-leave.ts';
import { useUndoKeys } from '../use-undo-keys.ts';

/** One issue being edited: its editor, what autosave and the layout read, and the ways to keep it. */
export interface IssueSession {
  issue: Issue;
  template: Template;
  editor: Editor | null;
  settled: Settled | null;
  saver: Autosaver;
  meta: IssueMeta;
  changeMeta: (next: IssueMeta) => void;
  /** Everything of the issue but its document, as it is now. */
  frame: { readonly current: Omit<IssueContent, 'doc'> };
  /** The issue as the page has it now: what is saved, and what a stale window keeps as a version. */
  pageContent: () => IssueContent;
  /** Keeps the text as it was before a sweeping change as a version, without holding up typing. */
  keepBefore: (reason: VersionReason, before: PMNode) => void;
  /** Counts the versions recorded before sweeping changes, for the 历史版本 list to read them. */
  recorded: number;
  /** Saves what is typed, as before an action on the stored issue. */
  flushSave: () => Promise<void>;
  /** The same, refusing (in Chinese) when the save could not finish: before naming or restoring a version. */
  saveFirst: () => Promise<void>;
  /** Another window saved this issue since it was opened here. */
  stale: boolean;
  photos: PhotoInsertion;
  /** The paste comparison (查看改动) dialog, when open. */
  pasteReview: ReactNode;
}

/**
 * The editor of one issue and everything that keeps it: autosave, the versions before sweeping changes, paste cleaning, photo insertion, the undo
 * keys and the save when leaving.
 */
export function useIssueSession(issue: Issue, notify: Notify): IssueSession {
  const template = issue.template;
  const [meta, setMeta] = useState<IssueMeta>(issue.meta);
  const [recorded, setRecorded] = useState(0);
  const [stale, setStale] = useState(false);
  const frame = useRef<Omit<IssueContent, 'doc'>>({ template, meta });
  frame.current = { template, meta };
  const editorRef = useRef<Editor | null>(null);
  const pageContent = useCallback((): IssueContent => ({ ...frame.current, doc: editorRef.current!.getJSON() as Issue['doc'] }), []);
  const saver = useMemo(() => new Autosaver(issue.id, pageContent, issue.revision, () => setStale(true)), [issue.id]);

  const keepBefore = useCallback(
    (reason: VersionReason, before: PMNode) =>
      recordBefore(issue.id, reason, () => ({ ...frame.current, doc: before.toJSON() as Issue['doc'] }), notify, () => setRecorded((n) => n + 1)),
    [issue.id, notify],
  );

  const photosRef = useRef<PhotoInsertion | null>(null);
  // The editor keeps the callbacks it was made with: they reach the current insertion through the ref.
  const photoEvents = useMemo(
    () => ({
      onPickPhoto: (pos: number) => {
        const id = editorRef.current?.state.doc.nodeAt(pos)?.attrs.id;
        if (typeof id === 'string') void photosRef.current?.pickAndInsert({ kind: 'slot', id });
      },
      onDropPhotos: (files: File[], pos: number) => {
        const ed = editorRef.current;
        if (ed) void photosRef.current?.insertFiles(files, photoTargetAt(ed, template, ed.state.doc.resolve(pos)));
      },
    }),
    [template],
  );
  const paste = usePasteReview(editorRef, notify);

  const editor = useEditor(
    {
      extensions: issueExtensions(template, photoEvents, paste.events, keepBefore),
      content: issue.doc,
      onUpdate: () => saver.changed(),
      onTransaction: ({ transaction }) => paste.follow(transaction),
      editorProps: { attributes: { class: 'bj-doc', spellcheck: 'false', 'aria-label': '正文' } },
    },
    [issue.id],
  );
  editorRef.current = editor;
  const settled = useSettled(editor);
  const photos = usePhotoInsertion(editor, template, notify);
  photosRef.current = photos;
  useUndoKeys(editor);
  useSaveOnLeave(saver);

  const changeMeta = useCallback(
    (next: IssueMeta) => {
      frame.current = { ...frame.current, meta: next };
      setMeta(next);
      saver.changed();
    },
    [saver],
  );
  const flushSave = useCallback(() => saver.flush(), [saver]);
  const saveFirst = useCallback(async () => {
    await saver.flush();
    if (saver.hasUnsaved) throw new ApiError('刚才的修改还没有保存，请稍后再试。');
  }, [saver]);

  return { issue, template, editor, settled, saver, meta, changeMeta, frame, pageContent, keepBefore, recorded, flushSave, saveFirst, stale, photos, pasteReview: paste.dialog };
}

/** The stale window's choice: its text kept as a version (named or not), then the issue as stored. */
export async function keepAndReload(session: IssueSession, name: string | null, notify: Notify): Promise<void> {
  await call('recordVersion', { id: session.issue.id, reason: 'conflict', content: session.pageContent(), name: name ?? undefined });
  notify(`已载入另一个窗口保存的内容；本窗口的内容已存入历史版本${name ? `“${name}”` : ''}。`);
}
