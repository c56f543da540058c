import { useCallback, type ReactNode } from 'react';
import { NODE, type ItemKind } from '../../../../core/model/nodes.ts';
import { call, errorText } from '../../api/client.ts';
import { useCommands } from '../../app/commands.tsx';
import type { Notify } from '../../app/notices.ts';
import { downloadFile } from '../../app/files.ts';
import { useOpenIssueFile } from '../../app/OpenIssueFile.tsx';
import { appendItem, sectionFor } from '../items.ts';
import { photoTargetAt } from '../photo-insert.ts';
import { undoWhereFocused } from '../use-undo-keys.ts';
import type { IssueSession } from './use-issue-session.ts';

interface Options {
  onHome: () => void;
  onOpen: (id: string) => void;
  notify: Notify;
}

/**
 * The commands on the issue as a whole (期刊列表, 保存, 撤销, 恢复, the inserts, 新建下一期 and the
 * project files), each saving first where it leaves the issue or reads it from storage. Returns the
 * question an opened project file may ask.
 */
export function useIssueCommands(session: IssueSession, { onHome, onOpen, notify }: Options): ReactNode {
  const { editor, template, saver, issue, flushSave } = session;
  const addItem = useCallback(
    (kind: ItemKind) => {
      if (!editor) return;
      const section = sectionFor(editor, template, kind);
      if (section) appendItem(editor, section, kind);
    },
    [editor, template],
  );
  /** Saves, then does `work`; a failure is told in Chinese. */
  const afterSave = (work: () => Promise<void>) => () =>
    void flushSave()
      .then(work)
      .catch((e: unknown) => notify(errorText(e)));
  const openIssueFile = useOpenIssueFile(onOpen, notify, flushSave);

  useCommands({
    home: () => void saver.flush().then(onHome),
    save: () => void saver.flush(),
    undo: () => editor && undoWhereFocused(editor, 'undo'),
    redo: () => editor && undoWhereFocused(editor, 'redo'),
    insertArticle: () => addItem(NODE.article),
    insertReflection: () => addItem(NODE.reflection),
    insertPhoto: () => editor && void session.photos.pickAndInsert(photoTargetAt(editor, template, editor.state.selection.$from)),
    newNextIssue: afterSave(async () => onOpen((await call('createNextIssue', { fromId: issue.id })).id)),
    exportIssueFile: afterSave(async () => {
      const { fileName, text } = await call('exportIssueFile', { id: issue.id });
      downloadFile(fileName, text, 'application/json');
    }),
    openIssueFile: openIssueFile.openFile,
  });
  return openIssueFile.question;
}
