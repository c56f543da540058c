import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { clipboardContents, isLargePaste, MAX_PASTE_CHARS, pastedChars } from './clipboard-contents.ts';
import { insertArticle } from './insert-article.ts';
import { PasteRecord } from './paste-record.ts';
import { markSweeping } from '../history/sweeping-changes.ts';

export interface PasteReport {
  article: CleanArticle;
  original: string;
  /** The paste as it went in, so that 恢复原文 can take exactly it back. */
  record: PasteRecord;
}

export interface CleanPasteOptions {
  /** After a cleaned paste: tell the clerk what changed and offer the original back. */
  onCleaned: (view: EditorView, report: PasteReport) => void;
  /** A large paste is being cleaned (true) or is done (false). */
  onWorking: (working: boolean) => void;
  onFailed: (message: string) => void;
}

/** Every paste is cleaned before it reaches the document: what a contributor sent comes out clean. */
export const CleanPaste = Extension.create<CleanPasteOptions>({
  name: 'cleanPaste',
  addOptions: () => ({ onCleaned: () => undefined, onWorking: () => undefined, onFailed: () => undefined }),
  addProseMirrorPlugins() {
    const { onCleaned, onWorking, onFailed } = this.options;
    return [
      new Plugin({
        key: new PluginKey('cleanPaste'),
        props: {
          handlePaste(view, event) {
            const contents = event.clipboardData && clipboardContents(event.clipboardData);
            if (!contents) return false;
            const large = isLargePaste(contents);
            if (large) onWorking(true);
            // A large paste is read after the notice has been painted; the cleanup itself runs in a worker.
            // The cleanup (OpenCC's dictionary, DOMPurify) is loaded on the first paste, not at start.
            const start = async () => {
              const { readClipboard, cleanPasted } = await import('./read-clipboard.ts');
              const pasted = readClipboard(contents);
              // Too long for one issue: refused before any cleaning is spent on it.
              const chars = pastedChars(pasted.original);
              if (chars > MAX_PASTE_CHARS) return { kind: 'tooLong', chars } as const;
              return { kind: 'cleaned', article: await cleanPasted(pasted, large), original: pasted.original } as const;
            };
            (large ? new Promise<void>((r) => setTimeout(r, 50)).then(start) : start()).then(
              (result) => {
                if (large) onWorking(false);
                if (result.kind === 'tooLong')
                  return onFailed(`粘贴的内容太长（约 ${Math.round(result.chars / 10_000)} 万字），没有插入。请分批粘贴，或用“导入稿件”放进收稿箱。`);
                const { article, original } = result;
                const from = view.state.selection.from;
                const transaction = insertArticle(markSweeping(view.state.tr, 'paste'), article);
                view.dispatch(transaction);
                onCleaned(view, { article, original, record: new PasteRecord(transaction, from) });
              },
              () => {
                if (large) onWorking(false);
                onFailed('粘贴的内容无法清理，没有插入。');
              },
            );
            return true;
          },
        },
      }),
    ];
  },
});
