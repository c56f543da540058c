import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { IssueLayout } from '../../../../core/layout/layout-issue.ts';
import { useCommands } from '../../app/commands.tsx';
import { PageView } from './PageView.tsx';
import { openAtSource } from './open-at-source.ts';

/** 页面视图 (Ctrl+Alt+P) and 打印 (Ctrl+P): the page view, opened to look or to print. */
export function PageViewCommands({ editor, layout }: { editor: Editor; layout: IssueLayout | null }) {
  const [mode, setMode] = useState<'view' | 'print' | null>(null);
  useCommands({ pageView: () => setMode('view'), print: () => setMode('print') });
  if (!mode) return null;
  return (
    <PageView
      layout={layout}
      printing={mode === 'print'}
      onClose={() => setMode(null)}
      onOpen={(source, offset) => {
        setMode(null);
        // After the view is gone: closing it gives the focus back to its opener first.
        requestAnimationFrame(() => openAtSource(editor, source, offset));
      }}
    />
  );
}
