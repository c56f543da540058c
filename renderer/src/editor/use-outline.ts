import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { outlineOf, type OutlineSection } from '../../../core/model/outline.ts';
import { currentItemId } from './items.ts';

const SETTLE_MS = 250;

export interface OutlineView {
  sections: OutlineSection[];
  currentId: string | null;
}

/** The outline, 目录 and word counts, recomputed once typing settles rather than on every key. */
export function useOutline(editor: Editor | null): OutlineView {
  const [view, setView] = useState<OutlineView>({ sections: [], currentId: null });
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const compute = () => setView({ sections: outlineOf(editor.getJSON()), currentId: currentItemId(editor) });
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(compute, SETTLE_MS);
    };
    const onSelection = () => setView((v) => {
      const currentId = currentItemId(editor);
      return currentId === v.currentId ? v : { ...v, currentId };
    });
    compute();
    editor.on('update', schedule);
    editor.on('selectionUpdate', onSelection);
    return () => {
      if (timer) clearTimeout(timer);
      editor.off('update', schedule);
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor]);
  return view;
}
