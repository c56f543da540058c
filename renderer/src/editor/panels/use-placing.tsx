import { useCallback, useState, type ReactNode } from 'react';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { newId } from '../../../../core/model/ids.ts';
import { NODE } from '../../../../core/model/nodes.ts';
import { asReflection, type AsReflection, type TitleChoice } from '../../../../core/template/as-reflection.ts';
import { placementProblem, submissionKind } from '../../../../core/template/placement.ts';
import { call, errorText } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';
import { findSection } from '../../../../core/model/items.ts';
import { focusItem, insertItem, scrollToItem } from '../items.ts';
import { articleNode } from '../paste/article-nodes.ts';
import type { IssueSession } from '../session/use-issue-session.ts';
import { ReflectionQuestion } from './ReflectionQuestion.tsx';

export interface Placing {
  /** Places a submission before the item at `index` of a section; the placed item's id, or null when it did not go in. */
  place: (submissionId: string, sectionId: string, index: number) => Promise<string | null>;
  /** Counts placements, so that the 收稿箱 is read again. */
  version: number;
  /** The question before words would be left out, when asked. */
  question: ReactNode;
}

interface Question {
  heading: string;
  dropped: AsReflection;
  kept: AsReflection;
  answer: (choice: TitleChoice | null) => void;
}

/**
 * Places a contribution from the 收稿箱 into a section, from the inbox or by dragging it onto the
 * outline, as what the section holds (core/template/placement.ts): an article, or a 心得体会 where
 * only those go, the clerk asked first if that would leave words out, and told what it changed.
 * The text before is kept as a version, and the inbox is read again (`version` counts).
 */
export function usePlacing({ editor, template, keepBefore }: IssueSession, notify: Notify): Placing {
  const [version, setVersion] = useState(0);
  const [question, setQuestion] = useState<Question | null>(null);

  /** The essay as a 心得 of the section, asking the clerk first where it would leave words out; null when cancelled. */
  const reflectionOf = useCallback(
    (article: CleanArticle, id: string, heading: string) =>
      new Promise<AsReflection | null>((resolve) => {
        const dropped = asReflection(article, id, 'drop');
        if (!dropped.lost.length) return resolve(dropped);
        const kept = asReflection(article, id, 'firstLine');
        setQuestion({
          heading,
          dropped,
          kept,
          answer: (choice) => {
            setQuestion(null);
            resolve(choice === 'drop' ? dropped : choice === 'firstLine' ? kept : null);
          },
        });
      }),
    [],
  );

  const place = useCallback(
    async (submissionId: string, sectionId: string, index: number): Promise<string | null> => {
      const section = editor && findSection(editor.state.doc, sectionId);
      if (!editor || !section) return null;
      const key = String(section.node.attrs.key);
      const heading = String(section.node.attrs.heading);
      const kind = submissionKind(template, key);
      if (!kind) {
        notify(placementProblem(template, key, NODE.article)!);
        return null;
      }
      try {
        const article = await call('getSubmission', { id: submissionId });
        const id = newId();
        let node: PMNode = articleNode(editor.schema, article, id);
        let changes: string[] = [];
        if (kind === NODE.reflection) {
          const reflection = await reflectionOf(article, id, heading);
          if (!reflection) return null;
          node = editor.schema.nodeFromJSON(reflection.item);
          changes = reflection.changes;
        }
        const before = editor.state.doc;
        const problem = insertItem(editor, template, sectionId, index, node);
        if (problem) {
          notify(problem);
          return null;
        }
        // The clerk sees where it went; the focus stays in the 收稿箱 for the next one.
        scrollToItem(editor, id);
        keepBefore('import', before);
        await call('placeSubmission', { id: submissionId });
        setVersion((v) => v + 1);
        if (kind === NODE.reflection)
          notify(`已作为心得体会放入${heading}${changes.length ? `：${changes.join('；')}` : ''}。`, { label: '转到这篇心得', run: () => focusItem(editor, id) });
        return id;
      } catch (e) {
        notify(errorText(e));
        return null;
      }
    },
    [editor, template, notify, keepBefore, reflectionOf],
  );

  return {
    place,
    version,
    question: question && <ReflectionQuestion heading={question.heading} dropped={question.dropped} kept={question.kept} onAnswer={question.answer} />,
  };
}
