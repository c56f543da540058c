import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, EditorContent } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Issue, IssueContent } from '../../../core/model/issue.ts';
import type { VersionReason } from '../../../core/api/contract.ts';
import type { IssueMeta } from '../../../core/model/meta.ts';
import type { MenuCommand } from '../../../core/api/preload-api.ts';
import { NODE, type ItemKind } from '../../../core/model/nodes.ts';
import { requireTemplate } from '../../../core/template/registry.ts';
import { ApiError, call, errorText } from '../api/client.ts';
import { issueExtensions } from './extensions.ts';
import { Autosaver } from './autosave.ts';
import { useOutline } from './use-outline.ts';
import { undoWhereFocused, useUndoKeys } from './use-undo-keys.ts';
import { appendItem, deleteItem, focusItem, insertItem, moveItem, scrollToItem, sectionFor } from './items.ts';
import { Inbox } from './panels/Inbox.tsx';
import { articleNode } from './paste/article-nodes.ts';
import { newId } from '../../../core/model/ids.ts';
import { usePhotoInsertion, type PhotoInsertion } from './use-photo-insertion.ts';
import { photoTargetAt } from './photo-insert.ts';
import { Masthead } from './panels/Masthead.tsx';
import { Toc } from './panels/Toc.tsx';
import { Outline } from './panels/Outline.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { Distribution } from './panels/Distribution.tsx';
import { FindBar } from './find/FindBar.tsx';
import { ExportDialog, type ExportFormat } from './export/ExportDialog.tsx';
import { PageView } from './pages/PageView.tsx';
import { openAtSource } from './pages/open-at-source.ts';
import { WechatDialog } from './export/WechatDialog.tsx';
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
import { useOpenIssueFile } from '../app/OpenIssueFile.tsx';
import { useSaveOnLeave } from './use-save-on-leave.ts';
import { recordBefore } from './history/record-before.ts';
import { HistoryPanel } from './history/HistoryPanel.tsx';
import { VersionPreview } from './history/VersionPreview.tsx';
import { StaleDialog } from './history/StaleDialog.tsx';
import type { VersionRow } from './history/version-rows.ts';
import { useReview } from './review/use-review.ts';
import { ReviewPanel } from './review/ReviewPanel.tsx';
import { ReviewGate } from './review/ReviewGate.tsx';
import { SignedGate } from './review/SignedGate.tsx';
import { openMarkCount } from '../../../core/review/open-marks.ts';
import { commentsOf } from '../../../core/review/comments.ts';

/** How an issue opened again (after a restore or a reload) is shown: the history at hand, the caret back in the text. */
export interface ReopenView {
  history: boolean;
  /** The item restored, for the caret; null: the start of the text. */
  focusItem: string | null;
}

interface Props {
  issue: Issue;
  /** Set when the issue was opened again from here. */
  view: ReopenView | null;
  onHome: () => void;
  onOpen: (id: string) => void;
  /** Shows the issue in a fresh editor: as given (a restore's result), or as stored now (null). */
  onReload: (issue: Issue | null, view: ReopenView) => void;
  notify: Notify;
}

/** One issue open for editing: masthead, 目录, the sections in a Tiptap editor, outline and status. */
export function IssueEditor({ issue, view, onHome, onOpen, onReload, notify }: Props) {
  const template = useMemo(() => requireTemplate(issue.template), [issue.template]);
  const [meta, setMeta] = useState<IssueMeta>(issue.meta);
  const [find, setFind] = useState<null | { replace: boolean }>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  /** The page view, open to look (页面视图) or to print (打印, Ctrl+P). */
  const [pageView, setPageView] = useState<'view' | 'print' | null>(null);
  const [copyingWechat, setCopyingWechat] = useState(false);
  const [inboxVersion, setInboxVersion] = useState(0);
  /** The side panel at the right: 校对, 历史版本 or 审阅, one at a time. */
  const [panel, setPanel] = useState<'proof' | 'history' | 'review' | null>(view?.history ? 'history' : null);
  /** The version shown read-only in place of the page, with the page as it was when it was chosen. */
  const [preview, setPreview] = useState<{ row: VersionRow; current: IssueContent } | null>(null);
  const [restoring, setRestoring] = useState(false);
  /** Counts the versions recorded before sweeping changes, for the 历史版本 list to read them. */
  const [recorded, setRecorded] = useState(0);
  /** The export waiting behind the proofreader's open findings. */
  const [gate, setGate] = useState<ExportFormat | null>(null);
  /** An export of a text other than the signed one, waiting for the clerk's word. */
  const [signedGate, setSignedGate] = useState<{ format: ExportFormat; message: string } | null>(null);
  /** A clean export waiting behind the reviewers' open marks. */
  const [reviewGate, setReviewGate] = useState<{ format: ExportFormat; changes: number; comments: number } | null>(null);
  const [dictionaryOpen, setDictionaryOpen] = useState(false);
  /** Another window saved this issue since it was opened here (see Autosaver). */
  const [stale, setStale] = useState(false);
  /** Everything of the issue but its document, as it is now: what autosave and the layout read. */
  const frameRef = useRef({ template: issue.template, meta });
  frameRef.current = { template: issue.template, meta };
  const editorRef = useRef<Editor | null>(null);
  /** The issue as the page has it now: what is saved, and what a stale window keeps as a version. */
  const pageContent = useCallback((): IssueContent => ({ ...frameRef.current, doc: editorRef.current!.getJSON() as Issue['doc'] }), []);

  const saver = useMemo(
    () =>
      new Autosaver(
        issue.id,
        pageContent,
        issue.revision,
        () => setStale(true),
      ),
    [issue.id],
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

  /** Keeps the text as it was before a sweeping change as a version, without holding up typing. */
  const keepBefore = useCallback(
    (reason: VersionReason, before: PMNode) =>
      recordBefore(issue.id, reason, () => ({ ...frameRef.current, doc: before.toJSON() as Issue['doc'] }), notify, () => setRecorded((n) => n + 1)),
    [issue.id, notify],
  );

  const editor = useEditor(
    {
      extensions: issueExtensions(template, photoEvents, paste, keepBefore),
      content: issue.doc,
      onUpdate: () => saver.changed(),
      onTransaction: ({ transaction }) => lastPaste.current?.record.follow(transaction),
      editorProps: { attributes: { class: 'bj-doc', spellcheck: 'false', 'aria-label': '正文' } },
    },
    [issue.id],
  );
  editorRef.current = editor;
  const photos = usePhotoInsertion(editor, template, notify);
  photosRef.current = photos;
  useUndoKeys(editor);
  const outline = useOutline(editor, frameRef);
  const proof = useProofread(editor);
  const findingsRef = useRef(proof.findings);
  findingsRef.current = proof.findings;
  /** 导出 DOCX or PDF, after the clerk has seen what the proofreader still has open. */
  const proofThenExport = useCallback((format: ExportFormat) => (findingsRef.current.length ? setGate(format) : setExporting(format)), []);
  /** A copy for print of a text other than the one signed (签发) asks first. */
  const signedThenExport = useCallback(
    async (format: ExportFormat) => {
      if (format === 'docx' || format === 'pdf') {
        await saver.flush();
        const { unsigned } = await call('signedCheck', { id: issue.id }).catch(() => ({ unsigned: null }));
        if (unsigned) return setSignedGate({ format, message: unsigned });
      }
      proofThenExport(format);
    },
    [saver, issue.id, proofThenExport],
  );
  /** A clean copy while reviewers' marks are open asks first: they would not be printed. */
  const startExport = useCallback(
    (format: ExportFormat) => {
      const doc = editorRef.current?.state.doc;
      const open = doc && (format === 'docx' || format === 'pdf') ? openMarkCount(doc, commentsOf(doc)) : null;
      if (open && open.changes + open.comments) setReviewGate({ format, ...open });
      else void signedThenExport(format);
    },
    [signedThenExport],
  );

  const marks = useReview(editor, issue.id, notify, keepBefore);
  useSaveOnLeave(saver);
  // Opened again after a restore or a reload: the caret goes back into the text, into the item restored.
  useEffect(() => {
    if (!editor || !view) return;
    if (view.focusItem) focusItem(editor, view.focusItem);
    else editor.commands.focus('start');
  }, [editor, view]);

  const changeMeta = (next: IssueMeta) => {
    frameRef.current = { ...frameRef.current, meta: next };
    setMeta(next);
    saver.changed();
  };

  const { pickAndInsert } = photos;
  const insertPhoto = useCallback(() => {
    if (editor) void pickAndInsert(photoTargetAt(editor, template, editor.state.selection.$from));
  }, [editor, template, pickAndInsert]);

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
        const before = editor.state.doc;
        const id = newId();
        const problem = insertItem(editor, template, sectionId, index, articleNode(editor.schema, article, id));
        if (problem) return notify(problem);
        // The clerk sees where it went; the focus stays in the 收稿箱 for the next one.
        scrollToItem(editor, id);
        keepBefore('import', before);
        await call('placeSubmission', { id: submissionId });
        setInboxVersion((v) => v + 1);
      } catch (e) {
        notify(errorText(e));
      }
    },
    [editor, template, notify, keepBefore],
  );
  const goHome = useCallback(() => void saver.flush().then(onHome), [saver, onHome]);

  /** Saves what is typed before an action on the stored issue (naming it, restoring a version). */
  const saveFirst = useCallback(async () => {
    await saver.flush();
    if (saver.hasUnsaved) throw new ApiError('刚才的修改还没有保存，请稍后再试。');
  }, [saver]);

  /** 恢复此版本, or 只恢复这篇 (`itemId`); the Node side records the state before, and the issue is shown as restored. */
  const restore = useCallback(
    async (versionId: string, itemId: string | null) => {
      setRestoring(true);
      try {
        await saveFirst();
        const next = await call('restoreVersion', { id: issue.id, versionId, articleId: itemId ?? undefined });
        notify(`${itemId ? '已恢复这一篇' : '已恢复此版本'}。恢复前的内容已存入历史版本。`);
        onReload(next, { history: true, focusItem: itemId });
      } catch (e) {
        setRestoring(false);
        notify(errorText(e));
      }
    },
    [saveFirst, issue.id, notify, onReload],
  );

  /** The stale window's choice: its text kept as a version (named or not), then the issue as stored. */
  const keepAndReload = useCallback(
    async (name: string | null) => {
      await call('recordVersion', { id: issue.id, reason: 'conflict', content: pageContent(), name: name ?? undefined });
      notify(`已载入另一个窗口保存的内容；本窗口的内容已存入历史版本${name ? `“${name}”` : ''}。`);
      onReload(null, { history: true, focusItem: null });
    },
    [issue.id, pageContent, notify, onReload],
  );

  const openPanel = (next: typeof panel) => {
    setPanel(next);
    setPreview(null);
  };
  // The caret goes back at once, not a frame later as Tiptap's focus command does: a key typed in
  // that frame went into the text before the caret was put back, and the next keys landed before it.
  const closePreview = () => {
    setPreview(null);
    editor?.view.focus();
  };
  /** A side panel's ×: the caret goes back to the text, so typing and Ctrl+Z go on. */
  const closePanel = () => {
    openPanel(null);
    editor?.view.focus();
  };

  const openIssueFile = useOpenIssueFile(onOpen, notify, flushSave);
  const commands = useMemo<Partial<Record<MenuCommand, () => void>>>(
    () => ({
      home: goHome,
      save: () => void saver.flush(),
      undo: () => editor && undoWhereFocused(editor, 'undo'),
      redo: () => editor && undoWhereFocused(editor, 'redo'),
      find: () => setFind({ replace: false }),
      replace: () => setFind({ replace: true }),
      insertPhoto,
      insertArticle: () => addItem(NODE.article),
      insertReflection: () => addItem(NODE.reflection),
      exportIssueFile: () => void exportFile(),
      exportDocx: () => startExport('docx'),
      exportPdf: () => startExport('pdf'),
      sendForReview: () => startExport('review'),
      importReview: () => {
        openPanel('review');
        marks.importFile();
      },
      exportMarked: () => setExporting('marked'),
      pageView: () => setPageView('view'),
      print: () => setPageView('print'),
      copyWechat: () => setCopyingWechat(true),
      newNextIssue: () => void nextIssue(),
      openIssueFile: openIssueFile.openFile,
    }),
    [goHome, saver, editor, insertPhoto, addItem, exportFile, nextIssue, startExport, marks.importFile, openIssueFile.openFile],
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
        onInsertPhoto={insertPhoto}
        onFind={(replace) => setFind({ replace })}
        onExportFile={() => void exportFile()}
        onExportDocx={() => startExport('docx')}
        onExportPdf={() => startExport('pdf')}
        onSendForReview={() => startExport('review')}
        reviewCount={marks.openCount}
        suggesting={marks.view.suggesting}
        onReview={() => openPanel(panel === 'review' ? null : 'review')}
        onPageView={() => setPageView('view')}
        onPrint={() => setPageView('print')}
        onOpenFile={openIssueFile.openFile}
        onCopyWechat={() => setCopyingWechat(true)}
        proofCount={proof.findings.length}
        onProofread={() => openPanel(panel === 'proof' ? null : 'proof')}
        onHistory={() => openPanel(panel === 'history' ? null : 'history')}
        onNextIssue={() => void nextIssue()}
      />
      {photos.progress && (
        <div role="status" className="bj-toast bj-progress bj-photo-progress">
          <span className="bj-spinner" />
          {photos.progress}
        </div>
      )}
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
        <main className="bj-scroll" hidden={preview !== null}>
          <div className="bj-page">
            <Masthead meta={meta} onChange={changeMeta} />
            <Toc sections={outline.sections} template={template} pages={outline.tocPages} onJump={(id) => focusItem(editor, id)} />
            <EditorContent editor={editor} />
            <Distribution meta={meta} onChange={changeMeta} />
          </div>
        </main>
        {preview && (
          <VersionPreview
            row={preview.row}
            current={preview.current}
            busy={restoring}
            onRestore={(itemId) => void restore(preview.row.entry.id, itemId)}
            onClose={closePreview}
          />
        )}
        {panel === 'history' && (
          <HistoryPanel
            issueId={issue.id}
            recorded={recorded}
            selectedId={preview?.row.entry.id ?? null}
            onSelect={(row) => setPreview({ row, current: pageContent() })}
            saveFirst={saveFirst}
            openMarks={marks.openCount}
            onClose={closePanel}
            notify={notify}
          />
        )}
        {panel === 'review' && (
          <ReviewPanel
            view={marks.view}
            labels={new Map(outline.sections.flatMap((s) => s.items.map((i) => [i.id, i.title || i.authors.join('、') || i.label])))}
            onImport={marks.importFile}
            onDecide={marks.decide}
            onReply={marks.reply}
            onResolve={marks.resolve}
            onJump={marks.jump}
            onSuggesting={marks.toggleSuggesting}
            onClose={closePanel}
          />
        )}
        {panel === 'proof' && (
          <ProofPanel
            findings={proof.findings}
            onFix={proof.fix}
            onIgnore={proof.ignore}
            onJump={(f) => {
              // The caret at once, not a frame later as Tiptap's focus command puts it: the clerk may type straight away.
              editor.chain().setTextSelection({ from: f.from, to: f.to }).scrollIntoView().run();
              editor.view.focus();
            }}
            onClose={closePanel}
            onDictionary={() => setDictionaryOpen(true)}
          />
        )}
      </div>
      {dictionaryOpen && <DictionaryDialog value={proof.user} onSave={proof.saveDictionary} onClose={() => setDictionaryOpen(false)} />}
      {gate && (
        <ProofGate
          findings={proof.findings}
          onReview={() => {
            setGate(null);
            openPanel('proof');
          }}
          onExport={() => {
            setExporting(gate);
            setGate(null);
          }}
        />
      )}
      {reviewGate && (
        <ReviewGate
          changes={reviewGate.changes}
          comments={reviewGate.comments}
          onReview={() => {
            setReviewGate(null);
            openPanel('review');
          }}
          onMarked={() => {
            setReviewGate(null);
            setExporting('marked');
          }}
          onClean={() => {
            setReviewGate(null);
            void signedThenExport(reviewGate.format);
          }}
        />
      )}
      {signedGate && (
        <SignedGate
          message={signedGate.message}
          onCancel={() => {
            setSignedGate(null);
            editor.commands.focus();
          }}
          onExport={() => {
            setSignedGate(null);
            proofThenExport(signedGate.format);
          }}
        />
      )}
      {review && <PasteReview article={review.article} original={review.original} onRestore={() => restoreOriginal(review)} onClose={() => setReview(null)} />}
      {stale && <StaleDialog onKeep={keepAndReload} />}
      {openIssueFile.question}
      {pageView && (
        <PageView
          layout={outline.layout}
          printing={pageView === 'print'}
          onClose={() => setPageView(null)}
          onOpen={(source, offset) => {
            setPageView(null);
            // After the view is gone: closing it gives the focus back to its opener first.
            requestAnimationFrame(() => editor && openAtSource(editor, source, offset));
          }}
        />
      )}
      {exporting && <ExportDialog issueId={issue.id} format={exporting} beforeExport={flushSave} onClose={() => setExporting(null)} />}
      {copyingWechat && (
        <WechatDialog
          issueId={issue.id}
          current={current && current.kind === NODE.article ? { id: current.id, title: current.title } : null}
          beforeCopy={flushSave}
          onClose={() => {
            setCopyingWechat(false);
            editor.commands.focus();
          }}
        />
      )}
      <StatusBar itemChars={current?.chars ?? null} issueChars={issueChars} pages={outline.pages} saver={saver} />
    </div>
  );
}
