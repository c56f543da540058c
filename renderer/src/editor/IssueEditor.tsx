import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, EditorContent } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import type { Issue } from '../../../core/model/issue.ts';
import type { IssueMeta } from '../../../core/model/meta.ts';
import type { MenuCommand } from '../../../core/api/preload-api.ts';
import { NODE, type ItemKind } from '../../../core/model/nodes.ts';
import { requireTemplate } from '../../../core/template/registry.ts';
import { call, errorText } from '../api/client.ts';
import { issueExtensions } from './extensions.ts';
import { Autosaver } from './autosave.ts';
import { useOutline } from './use-outline.ts';
import { useUndoKeys } from './use-undo-keys.ts';
import { appendItem, deleteItem, focusItem, insertItem, moveItem, sectionFor } from './items.ts';
import { Inbox } from './panels/Inbox.tsx';
import { articleNode } from './paste/article-nodes.ts';
import { newId } from '../../../core/model/ids.ts';
import { pickAndStorePhoto } from './photos.ts';
import { Masthead } from './panels/Masthead.tsx';
import { Toc } from './panels/Toc.tsx';
import { Outline } from './panels/Outline.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { Distribution } from './panels/Distribution.tsx';
import { FindBar } from './find/FindBar.tsx';
import { ExportDialog } from './export/ExportDialog.tsx';
import { useProofread } from './proofread/use-proofread.ts';
import { ProofPanel } from './proofread/ProofPanel.tsx';
import { ProofGate } from './proofread/ProofGate.tsx';
import { DictionaryDialog } from './proofread/DictionaryDialog.tsx';
import { PasteReview } from './paste/PasteReview.tsx';
import type { PasteReport } from './paste/paste-extension.ts';
import { originalArticle } from './paste/paste-record.ts';
import { describeChanges } from '../../../core/cleanup/tally.ts';
import { templateStyle } from '../styles/template-style.ts';
import { useMenu } from '../app/use-menu.ts';
import type { Notify } from '../app/notices.ts';
import { downloadFile } from '../app/files.ts';
import { importIssueFromPicker } from '../app/import-issue.ts';

interface Props {
  issue: Issue;
  onHome: () => void;
  onOpen: (id: string) => void;
  notify: Notify;
}

/** One issue open for editing: masthead, 目录, the sections in a Tiptap editor, outline and status. */
export function IssueEditor({ issue, onHome, onOpen, notify }: Props) {
  const template = useMemo(() => requireTemplate(issue.template), [issue.template]);
  const [meta, setMeta] = useState<IssueMeta>(issue.meta);
  const [find, setFind] = useState<null | { replace: boolean }>(null);
  const [exporting, setExporting] = useState(false);
  const [inboxVersion, setInboxVersion] = useState(0);
  const [proofOpen, setProofOpen] = useState(false);
  const [gate, setGate] = useState(false);
  const [dictionaryOpen, setDictionaryOpen] = useState(false);
  /** Everything of the issue but its document, as it is now: what autosave and the layout read. */
  const frameRef = useRef({ template: issue.template, meta });
  frameRef.current = { template: issue.template, meta };
  const editorRef = useRef<Editor | null>(null);

  const saver = useMemo(
    () =>
      new Autosaver(
        issue.id,
        () => ({ ...frameRef.current, doc: editorRef.current!.getJSON() as Issue['doc'] }),
      ),
    [issue.id],
  );

  const fillSlot = useCallback(
    (pos: number) => {
      pickAndStorePhoto().then(
        (photo) => {
          const ed = editorRef.current;
          const node = ed?.state.doc.nodeAt(pos);
          if (!photo || !ed || node?.type.name !== NODE.figure) return;
          ed.view.dispatch(ed.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, photo: photo.hash, width: photo.width, height: photo.height }));
        },
        (e: unknown) => notify(errorText(e)),
      );
    },
    [notify],
  );

  const [review, setReview] = useState<PasteReport | null>(null);
  /** The last paste, while 恢复原文 can still take it back. */
  const lastPaste = useRef<PasteReport | null>(null);
  const restoreOriginal = useCallback((report: PasteReport) => {
    const ed = editorRef.current;
    setReview(null);
    if (!ed || lastPaste.current !== report) return;
    lastPaste.current = null;
    ed.view.dispatch(report.record.restore(ed.state, originalArticle(report.original, report.article)));
    ed.view.focus();
  }, []);
  // The editor keeps the callbacks it was made with: they reach the current ones through this ref.
  const pasteRef = useRef({ notify, restoreOriginal });
  pasteRef.current = { notify, restoreOriginal };
  const paste = useMemo(
    () => ({
      onCleaned: (_view: unknown, report: PasteReport) => {
        const { notify: say, restoreOriginal: restore } = pasteRef.current;
        lastPaste.current = report;
        const checks = report.article.warnings.length ? `；有 ${report.article.warnings.length} 处可能的乱码或缺字，请核对` : '';
        say(`${describeChanges(report.article.changes) ?? '已粘贴，没有需要清理的地方'}${checks}`, [
          { label: '查看改动', run: () => setReview(report), keepOpen: true },
          { label: '恢复原文', run: () => restore(report) },
        ]);
      },
      onWorking: (working: boolean) => working && pasteRef.current.notify('正在清理粘贴的内容，请稍候…'),
      onFailed: (message: string) => pasteRef.current.notify(message),
    }),
    [],
  );

  const editor = useEditor(
    {
      extensions: issueExtensions(template, fillSlot, paste),
      content: issue.doc,
      onUpdate: () => saver.changed(),
      onTransaction: ({ transaction }) => lastPaste.current?.record.follow(transaction),
      editorProps: { attributes: { class: 'bj-doc', spellcheck: 'false', 'aria-label': '正文' } },
    },
    [issue.id],
  );
  editorRef.current = editor;
  useUndoKeys(editor);
  const outline = useOutline(editor, frameRef);
  const proof = useProofread(editor);
  const findingsRef = useRef(proof.findings);
  findingsRef.current = proof.findings;
  /** 导出 DOCX, after the clerk has seen what the proofreader still has open. */
  const startExport = useCallback(() => (findingsRef.current.length ? setGate(true) : setExporting(true)), []);

  useEffect(() => {
    const flushOnHide = () => void saver.flush();
    window.addEventListener('pagehide', flushOnHide);
    return () => {
      window.removeEventListener('pagehide', flushOnHide);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver]);

  const changeMeta = (next: IssueMeta) => {
    frameRef.current = { ...frameRef.current, meta: next };
    setMeta(next);
    saver.changed();
  };

  const insertPhoto = useCallback(async () => {
    if (!editor) return;
    try {
      const photo = await pickAndStorePhoto();
      if (!photo) return;
      const attrs = { photo: photo.hash, width: photo.width, height: photo.height };
      const inArticle = editor.state.selection.$from.depth >= 3 && editor.state.selection.$from.node(2).type.name === NODE.article;
      if (inArticle) {
        editor.chain().focus().insertContentAt(editor.state.selection.$from.after(3), { type: NODE.figure, attrs }).run();
        return;
      }
      const section = sectionFor(editor, template, NODE.figure);
      if (section) appendItem(editor, section, NODE.figure, attrs);
    } catch (e) {
      notify(errorText(e));
    }
  }, [editor, template, notify]);

  const addItem = useCallback(
    (kind: ItemKind) => {
      if (!editor) return;
      const section = sectionFor(editor, template, kind);
      if (section) appendItem(editor, section, kind);
    },
    [editor, template],
  );

  const exportFile = useCallback(async () => {
    await saver.flush();
    try {
      const { fileName, text } = await call('exportIssueFile', { id: issue.id });
      downloadFile(fileName, text, 'application/json');
    } catch (e) {
      notify(errorText(e));
    }
  }, [saver, issue.id, notify]);

  const nextIssue = useCallback(async () => {
    await saver.flush();
    try {
      onOpen((await call('createNextIssue', { fromId: issue.id })).id);
    } catch (e) {
      notify(errorText(e));
    }
  }, [saver, issue.id, onOpen, notify]);

  const flushSave = useCallback(() => saver.flush(), [saver]);

  const placeSubmission = useCallback(
    async (submissionId: string, sectionId: string, index: number) => {
      if (!editor) return;
      try {
        const article = await call('getSubmission', { id: submissionId });
        const problem = insertItem(editor, template, sectionId, index, articleNode(editor.schema, article, newId()));
        if (problem) return notify(problem);
        await call('placeSubmission', { id: submissionId });
        setInboxVersion((v) => v + 1);
      } catch (e) {
        notify(errorText(e));
      }
    },
    [editor, template, notify],
  );
  const goHome = useCallback(() => void saver.flush().then(onHome), [saver, onHome]);

  const commands = useMemo<Partial<Record<MenuCommand, () => void>>>(
    () => ({
      home: goHome,
      save: () => void saver.flush(),
      undo: () => editor?.chain().focus().undo().run(),
      redo: () => editor?.chain().focus().redo().run(),
      find: () => setFind({ replace: false }),
      replace: () => setFind({ replace: true }),
      insertPhoto: () => void insertPhoto(),
      insertArticle: () => addItem(NODE.article),
      insertReflection: () => addItem(NODE.reflection),
      exportIssueFile: () => void exportFile(),
      exportDocx: startExport,
      newNextIssue: () => void nextIssue(),
      openIssueFile: () =>
        void saver
          .flush()
          .then(importIssueFromPicker)
          .then((id) => id && onOpen(id), (e: unknown) => notify(errorText(e))),
    }),
    [goHome, saver, editor, insertPhoto, addItem, exportFile, nextIssue, onOpen, notify, startExport],
  );
  useMenu(commands);

  if (!editor) return null;
  const issueChars = outline.sections.reduce((n, s) => n + s.items.reduce((m, i) => m + i.chars, 0), 0);
  const current = outline.sections.flatMap((s) => s.items).find((i) => i.id === outline.currentId);

  return (
    <div className="bj-editor-screen">
      <style>{templateStyle(template)}</style>
      <Toolbar
        editor={editor}
        onHome={goHome}
        onInsertPhoto={() => void insertPhoto()}
        onFind={(replace) => setFind({ replace })}
        onExportFile={() => void exportFile()}
        onExportDocx={startExport}
        proofCount={proof.findings.length}
        onProofread={() => setProofOpen((o) => !o)}
        onNextIssue={() => void nextIssue()}
      />
      {find && <FindBar editor={editor} withReplace={find.replace} onClose={() => setFind(null)} onReport={notify} />}
      <div className="bj-workspace">
        <div className="bj-sidebar">
          <Outline
            sections={outline.sections}
            currentId={outline.currentId}
            template={template}
            onJump={(id) => focusItem(editor, id)}
            onMove={(id, sectionId, index) => {
              const problem = moveItem(editor, template, id, sectionId, index);
              if (problem) notify(problem);
            }}
            onAdd={(sectionId, kind) => appendItem(editor, sectionId, kind)}
            onDelete={(id, label) => {
              deleteItem(editor, id);
              notify(`已删除“${label}”。`, { label: '撤销', run: () => editor.chain().focus().undo().run() });
            }}
            onPlaceSubmission={(submission, sectionId, index) => void placeSubmission(submission, sectionId, index)}
          />
          <Inbox notify={notify} version={inboxVersion} sections={outline.sections} template={template} onPlace={(submission, sectionId, index) => void placeSubmission(submission, sectionId, index)} />
        </div>
        <main className="bj-scroll">
          <div className="bj-page">
            <Masthead meta={meta} onChange={changeMeta} />
            <Toc sections={outline.sections} template={template} onJump={(id) => focusItem(editor, id)} />
            <EditorContent editor={editor} />
            <Distribution meta={meta} onChange={changeMeta} />
          </div>
        </main>
        {proofOpen && (
          <ProofPanel
            findings={proof.findings}
            onFix={proof.fix}
            onIgnore={proof.ignore}
            onJump={(f) => {
              editor.chain().focus().setTextSelection({ from: f.from, to: f.to }).scrollIntoView().run();
            }}
            onClose={() => setProofOpen(false)}
            onDictionary={() => setDictionaryOpen(true)}
          />
        )}
      </div>
      {dictionaryOpen && <DictionaryDialog value={proof.user} onSave={proof.saveDictionary} onClose={() => setDictionaryOpen(false)} />}
      {gate && (
        <ProofGate
          findings={proof.findings}
          onReview={() => {
            setGate(false);
            setProofOpen(true);
          }}
          onExport={() => {
            setGate(false);
            setExporting(true);
          }}
        />
      )}
      {review && <PasteReview article={review.article} original={review.original} onRestore={() => restoreOriginal(review)} onClose={() => setReview(null)} />}
      {exporting && <ExportDialog issueId={issue.id} beforeExport={flushSave} onClose={() => setExporting(false)} />}
      <StatusBar itemChars={current?.chars ?? null} issueChars={issueChars} pages={outline.pages} saver={saver} />
    </div>
  );
}
