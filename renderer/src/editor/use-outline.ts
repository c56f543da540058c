import { useEffect, useState, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { outlineOf, type OutlineSection } from '../../../core/model/outline.ts';
import type { IssueContent } from '../../../core/model/issue.ts';
import { figureSizes } from '../../../core/model/photo.ts';
import { layoutIssue, type IssueLayout } from '../../../core/layout/layout-issue.ts';
import { currentItemId } from './items.ts';
import { pageBreaks } from './pages/page-breaks.ts';
import { pageMarksKey } from './pages/page-marks.ts';
import type { Settled } from './settled.ts';

/** A photo whose size the figure does not record is laid out as a 4:3 picture. */
const GUESS = { width: 4, height: 3 };

export interface OutlineView {
  sections: OutlineSection[];
  currentId: string | null;
  /** Pages of the printed issue, from the same layout as the export. */
  pages: number;
  /** The printed page of each section and item the 目录 lists, by id: the numbers the exported DOCX's 目录 prints. */
  tocPages: ReadonlyMap<string, number>;
  /** The layout itself, for the page view. */
  layout: IssueLayout | null;
}

/**
 * The outline, 目录 with its page numbers, word counts, page count and page marks, recomputed once typing settles
 * rather than on every key.
 */
export function useOutline(editor: Editor | null, settled: Settled | null, issue: RefObject<Omit<IssueContent, 'doc'>>): OutlineView {
  const [view, setView] = useState<OutlineView>({ sections: [], currentId: null, pages: 0, tocPages: new Map(), layout: null });
  useEffect(() => {
    if (!editor || !settled) return;
    const compute = () => {
      const { doc } = editor.state;
      const sizes = figureSizes(doc);
      const layout = layoutIssue({ ...issue.current!, doc }, (hash) => sizes.get(hash) ?? GUESS);
      editor.view.dispatch(editor.state.tr.setMeta(pageMarksKey, pageBreaks(editor.state.doc, layout)).setMeta('addToHistory', false));
      const tocPages = new Map(layout.print.toc.map((e) => [e.id, layout.pagination.bookmarks.get(e.bookmark) ?? 0]));
      setView({ sections: outlineOf(doc), currentId: currentItemId(editor), pages: layout.pagination.totalPages, tocPages, layout });
    };
    const onSelection = () =>
      setView((v) => {
        const currentId = currentItemId(editor);
        return currentId === v.currentId ? v : { ...v, currentId };
      });
    const stop = settled.on(compute);
    editor.on('selectionUpdate', onSelection);
    return () => {
      stop();
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor, settled, issue]);
  return view;
}
