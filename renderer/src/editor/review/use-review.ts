import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import type { Transaction } from '@tiptap/pm/state';
import type { VersionReason } from '../../../../core/api/contract.ts';
import type { UnplacedMark } from '../../../../core/review/placed-schema.ts';
import { applyReview, type AppliedReview } from '../../../../core/review/apply-review.ts';
import { commentPlaces, openSuggestions, type OpenSuggestion } from '../../../../core/review/open-marks.ts';
import { settleSuggestions, type Decision } from '../../../../core/review/settle.ts';
import { replyToComment, resolveComment } from '../../../../core/review/comment-thread.ts';
import { commentsOf, type ReviewComment } from '../../../../core/review/comments.ts';
import { newId } from '../../../../core/model/ids.ts';
import { call, errorText } from '../../api/client.ts';
import { fileBase64, pickFile } from '../../app/files.ts';
import type { Settled } from '../settled.ts';
import type { Notify } from '../../app/notices.ts';
import { replyAuthor } from './reply-author.ts';
import type { SuggestModeStorage } from './suggest-mode.ts';
import { findItem } from '../../../../core/model/items.ts';
import { docNode } from '../../../../core/schema/doc-node.ts';

export interface PlacedComment extends ReviewComment {
  place: { from: number; to: number; itemId: string } | null;
}

export interface ReviewView {
  suggestions: OpenSuggestion[];
  comments: PlacedComment[];
  /** What the last 导入审阅稿 could not put back, the formatting it did not take in, and what it warned of. */
  unplaced: UnplacedMark[];
  ignored: UnplacedMark[];
  warning: string | null;
  importing: boolean;
  /** 修订模式 is on: the clerk's own edits become suggestions. */
  suggesting: boolean;
}

function read(doc: PMNode): Pick<ReviewView, 'suggestions' | 'comments'> {
  const places = commentPlaces(doc);
  return { suggestions: openSuggestions(doc), comments: commentsOf(doc).map((c) => ({ ...c, place: places.get(c.id) ?? null })) };
}

/**
 * 审阅: the open suggestions and comments of the issue, 导入审阅稿, and the clerk's decisions. Each
 * decision is one transaction closed off in the undo history, so Ctrl+Z takes back exactly one.
 */
export function useReview(editor: Editor | null, settled: Settled | null, issueId: string, notify: Notify, keepBefore: (reason: VersionReason, before: PMNode) => void) {
  const [view, setView] = useState<ReviewView>({ suggestions: [], comments: [], unplaced: [], ignored: [], warning: null, importing: false, suggesting: false });

  // Read again once typing settles, not on every key.
  useEffect(() => {
    if (!editor || !settled) return;
    setView((v) => ({ ...v, ...read(editor.state.doc) }));
    return settled.on(() => setView((v) => ({ ...v, ...read(editor.state.doc) })));
  }, [editor, settled]);

  const commit = useCallback(
    (change: (tr: Transaction) => void) => {
      if (!editor) return;
      // The clerk's decisions are not themselves suggestions, even in 修订模式.
      const tr = editor.state.tr.setMeta('suggest', false);
      change(tr);
      if (tr.docChanged) editor.view.dispatch(closeHistory(tr));
      setView((v) => ({ ...v, ...read(editor.state.doc) }));
    },
    [editor],
  );

  const importFile = useCallback(async () => {
    if (!editor) return;
    const file = await pickFile('.docx');
    if (!file) return;
    setView((v) => ({ ...v, importing: true }));
    try {
      const returned = await call('readReview', { id: issueId, fileName: file.name, data: await fileBase64(file) });
      const before = editor.state.doc;
      let applied: AppliedReview = { changes: 0, comments: 0, unplaced: [], ignored: [] };
      commit((tr) => {
        applied = applyReview(tr, docNode(returned.sent), returned.placed, newId().slice(0, 8));
      });
      if (applied.changes + applied.comments) keepBefore('review', before);
      setView((v) => ({ ...v, unplaced: applied.unplaced, ignored: applied.ignored, warning: returned.warning, importing: false }));
      const lost = applied.unplaced.length ? `；${applied.unplaced.length} 处未能放回原处，列在审阅栏中，请手工处理` : '';
      notify(`已导入《${file.name}》：修订 ${applied.changes} 处，批注 ${applied.comments} 条${lost}。导入前的内容已存入历史版本。`);
    } catch (e) {
      setView((v) => ({ ...v, importing: false }));
      notify(errorText(e));
    }
  }, [editor, issueId, notify, commit, keepBefore]);

  const decide = useCallback(
    (decision: Decision, scope: { id?: string; itemId?: string }) => {
      let settled = 0;
      commit((tr) => {
        const item = scope.itemId ? findItem(tr.doc, scope.itemId) : null;
        if (scope.itemId && !item) return;
        settled = settleSuggestions(tr, decision, item ? { from: item.pos, to: item.pos + item.node.nodeSize } : undefined, scope.id);
      });
      // One mark shows its result in the text; many at once are told, with the way back.
      if (!scope.id && settled) notify(`已${decision === 'accept' ? '接受' : '拒绝'} ${settled} 处修订。`, { label: '撤销', run: () => editor?.chain().focus().undo().run() });
    },
    [commit, notify, editor],
  );
  const reply = useCallback(
    (id: string, text: string) => commit((tr) => replyToComment(tr, id, { author: replyAuthor(), date: new Date().toISOString(), text })),
    [commit],
  );
  const resolve = useCallback((id: string) => commit((tr) => resolveComment(tr, id)), [commit]);
  const jump = useCallback(
    (from: number, to: number) => {
      if (!editor) return;
      editor.chain().focus().setTextSelection({ from, to }).run();
      // In the middle of the view, clear of the notices at its foot.
      const { node } = editor.view.domAtPos(from);
      (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
    },
    [editor],
  );
  const failed = useCallback((e: unknown) => notify(errorText(e)), [notify]);
  const toggleSuggesting = useCallback(() => {
    if (!editor) return;
    const storage = (editor.storage as unknown as { suggestMode: SuggestModeStorage }).suggestMode;
    storage.on = !storage.on;
    setView((v) => ({ ...v, suggesting: storage.on }));
    editor.commands.focus();
  }, [editor]);

  const importNow = useCallback(() => void importFile().catch(failed), [importFile, failed]);
  /** Suggestions and unresolved comments still open. */
  const openCount = view.suggestions.length + view.comments.filter((c) => !c.resolved).length;
  return { view, openCount, importFile: importNow, decide, reply, resolve, jump, toggleSuggesting };
}
