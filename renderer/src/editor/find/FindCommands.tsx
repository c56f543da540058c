import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useCommands } from '../../app/commands.tsx';
import type { Notify } from '../../app/notices.ts';
import { FindBar } from './FindBar.tsx';

/** 查找 (Ctrl+F) and 替换 (Ctrl+H): the find bar, with or without its replace row. */
export function FindCommands({ editor, notify }: { editor: Editor; notify: Notify }) {
  const [replace, setReplace] = useState<boolean | null>(null);
  useCommands({ find: () => setReplace(false), replace: () => setReplace(true) });
  if (replace === null) return null;
  return <FindBar editor={editor} withReplace={replace} onClose={() => setReplace(null)} onReport={notify} />;
}
