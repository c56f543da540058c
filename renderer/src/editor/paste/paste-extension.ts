import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { cleanPasted, LARGE_PASTE, readClipboard } from './read-clipboard.ts';
import { insertArticle } from './insert-article.ts';

export interface PasteReport {
  article: CleanArticle;
  original: string;
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
            const data = event.clipboardData;
            const pasted = data && readClipboard(data);
            if (!pasted) return false;
            const large = pasted.size >= LARGE_PASTE;
            if (large) onWorking(true);
            cleanPasted(pasted).then(
              (article) => {
                if (large) onWorking(false);
                insertArticle(view, article);
                onCleaned(view, { article, original: pasted.original });
              },
              () => {
                if (large) onWorking(false);
                onFailed('粘贴的内容无法清理，未插入。');
              },
            );
            return true;
          },
        },
      }),
    ];
  },
});
