import { useState, type ReactNode } from 'react';
import type { IssueSummary } from '../../../core/api/contract.ts';
import { call, errorText } from '../api/client.ts';
import type { Notify } from './notices.ts';
import { pickTextFile } from './files.ts';
import { GateDialog } from './GateDialog.tsx';
import { when } from './when.ts';

/**
 * 打开工程文件, as a clerk expects of an office program: the file goes into the 期刊列表 and opens;
 * a file already opened once is not added a second time without asking, since two identical rows
 * cannot be told apart: open the one in the list, or add a copy, which the list marks 副本.
 * `beforeOpen` stores what is typed first (from the editor). Returns the command and its question.
 */
export function useOpenIssueFile(onOpen: (id: string) => void, notify: Notify, beforeOpen: () => Promise<void> = () => Promise.resolve()): { openFile: () => void; question: ReactNode } {
  const [twice, setTwice] = useState<{ text: string; existing: IssueSummary } | null>(null);
  const fail = (e: unknown) => notify(errorText(e));
  const openFile = () =>
    void beforeOpen()
      .then(() => pickTextFile('.json,application/json'))
      .then(async (text) => {
        if (text === null) return;
        const { id, existing } = await call('importIssueFile', { text });
        if (existing) setTwice({ text, existing });
        else onOpen(id);
      })
      .catch(fail);
  const addCopy = (text: string) => {
    setTwice(null);
    call('importIssueFile', { text, copy: true }).then(({ id }) => onOpen(id), fail);
  };
  const question = twice && (
    <GateDialog
      title="这个工程文件已经打开过"
      onEscape={() => setTwice(null)}
      actions={[
        { label: '打开列表中的那一期', run: () => (setTwice(null), onOpen(twice.existing.id)) },
        { label: '另加一份副本', run: () => addCopy(twice.text) },
        { label: '取消', run: () => setTwice(null) },
      ]}
    >
      <p>
        期刊列表中已有从这个文件打开的《{twice.existing.seriesTitle}》第{twice.existing.issueNumber}期（最后编辑 {when(twice.existing.updatedAt)}）。
        打开那一期，还是另加一份副本？副本在列表中标为“副本”。
      </p>
    </GateDialog>
  );
  return { openFile, question };
}
