import { useCallback, useState } from 'react';
import { newId } from '../../../../core/model/ids.ts';
import { call, errorText } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';
import { insertItem, scrollToItem } from '../items.ts';
import { articleNode } from '../paste/article-nodes.ts';
import type { IssueSession } from '../session/use-issue-session.ts';

/**
 * Places a contribution from the 收稿箱 into a section, from the inbox or by dragging it onto the
 * outline: the text before is kept as a version, and the inbox is read again (`version` counts).
 */
export function usePlacing({ editor, template, keepBefore }: IssueSession, notify: Notify): { place: (submissionId: string, sectionId: string, index: number) => void; version: number } {
  const [version, setVersion] = useState(0);
  const place = useCallback(
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
        setVersion((v) => v + 1);
      } catch (e) {
        notify(errorText(e));
      }
    },
    [editor, template, notify, keepBefore],
  );
  return { place: (submissionId, sectionId, index) => void place(submissionId, sectionId, index), version };
}
