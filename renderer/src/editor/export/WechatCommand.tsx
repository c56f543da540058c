import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useCommands } from '../../app/commands.tsx';
import { WechatDialog } from './WechatDialog.tsx';

interface Props {
  issueId: string;
  editor: Editor;
  /** The article the caret is in, if any: it can be copied alone. */
  current: { id: string; title: string } | null;
  flushSave: () => Promise<void>;
}

/** 复制为公众号格式: the dialog that copies the whole issue or the article at the caret. */
export function WechatCommand({ issueId, editor, current, flushSave }: Props) {
  const [open, setOpen] = useState(false);
  useCommands({ copyWechat: () => setOpen(true) });
  if (!open) return null;
  return (
    <WechatDialog
      issueId={issueId}
      current={current}
      beforeCopy={flushSave}
      onClose={() => {
        setOpen(false);
        // At once, not on the next frame as Tiptap's focus command does: the next key is the text's.
        editor.view.focus();
      }}
    />
  );
}
