import { useEffect } from 'react';
import { EditorContent } from '@tiptap/react';
import type { Issue } from '../../../core/model/issue.ts';
import { NODE } from '../../../core/model/nodes.ts';
import type { Notify } from '../app/notices.ts';
import { templateStyle } from '../styles/template-style.ts';
import { useIssueSession, keepAndReload } from './session/use-issue-session.ts';
import { useIssueCommands } from './session/use-issue-commands.tsx';
import type { ReopenView } from './reopen-view.ts';
import { useOutline } from './use-outline.ts';
import { useProofread } from './proofread/use-proofread.ts';
import { useReview } from './review/use-review.ts';
import { useSidePanels } from './panels/use-side-panels.tsx';
import { usePlacing } from './panels/use-placing.tsx';
import { useInbox } from './panels/use-inbox.tsx';
import { appendItem, deleteItem, focusItem, moveItem } from './items.ts';
import { Inbox } from './panels/Inbox.tsx';
import { Masthead } from './panels/Masthead.tsx';
import { Toc } from './panels/Toc.tsx';
import { Outline } from './panels/Outline.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { Distribution } from './panels/Distribution.tsx';
import { FindCommands } from './find/FindCommands.tsx';
import { ExportFlow } from './export/ExportFlow.tsx';
import { WechatCommand } from './export/WechatCommand.tsx';
import { PageViewCommands } from './pages/PageViewCommands.tsx';
import { StaleDialog } from './history/StaleDialog.tsx';
import { IssueSettingsCommand } from './settings/IssueSettingsCommand.tsx';

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

/**
 * One issue open for editing, laid out: toolbar, outline and 收稿箱, masthead, 目录, the sections in a
 * Tiptap editor, the side panel and the status bar. What each part does is in its own module; the
 * commands each answers are registered where they are handled (../app/commands.tsx).
 */
export function IssueEditor({ issue, view, onHome, onOpen, onReload, notify }: Props) {
  const session = useIssueSession(issue, notify);
  const { editor, settled, template, meta, changeMeta } = session;
  const outline = useOutline(editor, settled, session.frame);
  const proof = useProofread(editor, settled);
  const marks = useReview(editor, settled, issue.id, notify, session.keepBefore);
  const panels = useSidePanels({ session, marks, proof, outline, notify, onReload, initial: view?.history ? 'history' : null });
  const placing = usePlacing(session, notify);
  const inbox = useInbox({ session, placing, sections: outline.sections, notify, versionShown: panels.preview !== null, closeVersion: panels.closePreview });
  const openFileQuestion = useIssueCommands(session, { onHome, onOpen, notify });

  // Opened again after a restore or a reload: the caret goes back into the text, into the item restored.
  useEffect(() => {
    if (!editor || !view) return;
    if (view.focusItem) focusItem(editor, view.focusItem);
    else editor.commands.focus('start');
  }, [editor, view]);

  if (!editor) return null;
  const issueChars = outline.sections.reduce((n, s) => n + s.items.reduce((m, i) => m + i.chars, 0), 0);
  const current = outline.sections.flatMap((s) => s.items).find((i) => i.id === outline.currentId);

  return (
    <div className="bj-editor-screen">
      <style>{templateStyle(template)}</style>
      <Toolbar editor={editor} reviewCount={marks.openCount} suggesting={marks.view.suggesting} proofCount={proof.findings.length} />
      {session.photos.progress && (
        <div role="status" className="bj-toast bj-progress bj-photo-progress">
          <span className="bj-spinner" />
          {session.photos.progress}
        </div>
      )}
      <FindCommands editor={editor} notify={notify} />
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
            onPlaceSubmission={placing.place}
          />
          <Inbox notify={notify} inbox={inbox} sections={outline.sections} template={template} onPlace={placing.place} />
        </div>
        <main className="bj-scroll" hidden={panels.preview !== null || inbox.preview !== null}>
          <div className="bj-page">
            <Masthead meta={meta} onChange={changeMeta} />
            {template.toc && <Toc sections={outline.sections} template={template} pages={outline.tocPages} onJump={(id) => focusItem(editor, id)} />}
            <EditorContent editor={editor} />
            <Distribution meta={meta} onChange={changeMeta} />
          </div>
        </main>
        {panels.preview}
        {inbox.preview}
        {panels.panel}
      </div>
      <ExportFlow issueId={issue.id} editor={editor} flushSave={session.flushSave} findings={proof.findings} onPanel={panels.open} />
      <WechatCommand issueId={issue.id} editor={editor} current={current && current.kind === NODE.article ? { id: current.id, title: current.title } : null} flushSave={session.flushSave} />
      <PageViewCommands editor={editor} layout={outline.layout} />
      <IssueSettingsCommand session={session} sections={outline.sections} initiallyOpen={view?.settings === true} onReload={onReload} />
      {session.pasteReview}
      {placing.question}
      {inbox.question}
      {session.stale && <StaleDialog onKeep={(name) => keepAndReload(session, name, notify).then(() => onReload(null, { history: true, focusItem: null }))} />}
      {openFileQuestion}
      <StatusBar itemChars={current?.chars ?? null} issueChars={issueChars} pages={outline.pages} saver={session.saver} />
    </div>
  );
}
