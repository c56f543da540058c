import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Submission } from '../../../../core/api/contract.ts';
import type { OutlineSection } from '../../../../core/model/outline.ts';
import { call, errorText } from '../../api/client.ts';
import { GateDialog } from '../../app/GateDialog.tsx';
import type { Notify } from '../../app/notices.ts';
import { scrollToItem } from '../items.ts';
import type { IssueSession } from '../session/use-issue-session.ts';
import { submissionTargets } from './PlaceMenu.tsx';
import { SubmissionPreview } from './SubmissionPreview.tsx';
import { submissionLabel } from './submission-label.ts';
import type { Placing } from './use-placing.tsx';

export interface InboxState {
  items: Submission[];
  /** Reads the list again (after an import). */
  reload: () => void;
  /** The submission shown in the preview. */
  openId: string | null;
  /** Shows a submission's preview, or closes it when it is the one shown. */
  toggle: (id: string) => void;
  /** Asks, then deletes a submission from the 收稿箱. */
  remove: (s: Submission) => void;
  /** The preview in the page's place, when one is open. */
  preview: ReactNode;
  /** The question before a deletion, when asked. */
  question: ReactNode;
}

interface Options {
  session: IssueSession;
  placing: Placing;
  sections: OutlineSection[];
  notify: Notify;
  /** A version of the 历史版本 shown in the page's place: it and the preview give way to each other. */
  versionShown: boolean;
  closeVersion: () => void;
}

/** A row's button, which opened the preview. */
const rowButton = (id: string) => document.querySelector<HTMLElement>(`.bj-inbox [data-submission="${CSS.escape(id)}"] .bj-inbox-open`);
/** The 收稿箱's Tab stop: a row's control, else 导入稿件…. */
const inboxStop = () => document.querySelector<HTMLElement>('.bj-inbox ol [tabindex="0"]') ?? document.querySelector<HTMLElement>('.bj-inbox-import');

/**
 * The 收稿箱's list and the preview of one submission, shown in the page's place as a version of
 * the 历史版本 is: fixing its title and byline, 放入…, 删除. Closing gives the focus back to its row;
 * after a placement or a deletion, to the 收稿箱 for the next one.
 */
export function useInbox({ session, placing, sections, notify, versionShown, closeVersion }: Options): InboxState {
  const [items, setItems] = useState<Submission[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Submission | null>(null);
  /** Set as the preview closes: where the focus goes, and the item placed, to bring into view once the page is back. */
  const after = useRef<{ focus: 'row' | 'inbox'; id: string; placed: string | null } | null>(null);
  const { editor, template } = session;

  const reload = useCallback(() => {
    call('listSubmissions', {}).then(setItems, (e: unknown) => notify(errorText(e)));
  }, [notify]);
  useEffect(reload, [reload, placing.version]);

  // A version chosen in the 历史版本 takes the page's place instead.
  useEffect(() => {
    if (versionShown) setOpenId(null);
  }, [versionShown]);
  // The submission shown left the list another way (dropped on the 大纲, or placed from its row's 放入…): nothing is open.
  useEffect(() => {
    if (openId && !items.some((s) => s.id === openId)) setOpenId(null);
  }, [openId, items]);

  const close = (focus: 'row' | 'inbox', placed: string | null = null) => {
    if (openId) after.current = { focus, id: openId, placed };
    setOpenId(null);
  };

  // Once the page is back (and a placed or deleted row has left the list): the placed item in view, the focus where the clerk goes on.
  useEffect(() => {
    const next = after.current;
    if (openId || !next || (next.focus === 'inbox' && items.some((s) => s.id === next.id))) return;
    after.current = null;
    if (next.placed && editor) scrollToItem(editor, next.placed);
    (next.focus === 'row' ? rowButton(next.id) : inboxStop())?.focus();
  }, [openId, items, editor]);

  const remove = async (s: Submission) => {
    setDeleting(null);
    try {
      await call('deleteSubmission', { id: s.id });
      if (s.id === openId) close('inbox');
      reload();
      notify(`已从收稿箱删除“${submissionLabel(s)}”。`);
    } catch (e) {
      notify(errorText(e));
    }
  };

  const shown = items.find((s) => s.id === openId);
  const preview = shown ? (
    <SubmissionPreview
      key={shown.id}
      submission={shown}
      targets={submissionTargets(sections, template)}
      notify={notify}
      onSave={async (fix) => {
        const saved = await call('editSubmission', { id: shown.id, ...fix });
        setItems((list) => list.map((s) => (s.id === saved.id ? saved : s)));
      }}
      onPlace={(section) =>
        void placing.place(shown.id, section.id, section.items.length).then((placed) => {
          if (placed) close('inbox', placed);
        })
      }
      onDelete={() => setDeleting(shown)}
      onClose={() => close('row')}
    />
  ) : null;

  const question = deleting && (
    <GateDialog
      title="删除稿件"
      onEscape={() => setDeleting(null)}
      actions={[
        { label: '取消', run: () => setDeleting(null) },
        { label: '删除', run: () => void remove(deleting) },
      ]}
    >
      <p>从收稿箱删除“{submissionLabel(deleting)}”？删除后不能恢复；已放入简报的稿件不受影响。</p>
    </GateDialog>
  );

  return {
    items,
    reload,
    openId,
    toggle: (id) => {
      if (id === openId) return close('row');
      closeVersion();
      setOpenId(id);
    },
    remove: setDeleting,
    preview,
    question,
  };
}
