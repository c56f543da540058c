import DOMPurify from 'dompurify';
import { webArticle } from '../../../../core/cleanup/from-web.ts';
import { textToBlocks } from '../../../../core/cleanup/from-text.ts';
import { cleanArticle, type CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import type { RawBlock } from '../../../../core/cleanup/raw-block.ts';
import type { RemovedText } from '../../../../core/cleanup/removed.ts';
import type { ClipboardContents } from './clipboard-contents.ts';

export interface Pasted {
  blocks: RawBlock[];
  /** A whole page's frame, left out by readability before the cleanup. */
  removed: RemovedText[];
  /** The clipboard's plain text, for 恢复原文 and the side-by-side view. */
  original: string;
}

/**
 * What the clipboard holds, as blocks of text. HTML is sanitised first (DOMPurify: no script, no
 * event handler, no remote image, no style survives) and only its text and structure are read; a
 * whole page copied with its menus is read as its article (readability).
 */
export function readClipboard({ html, text }: ClipboardContents): Pasted {
  if (html) {
    const fragment = DOMPurify.sanitize(html, {
      RETURN_DOM_FRAGMENT: true,
      FORBID_TAGS: ['style', 'img', 'svg', 'math', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'video', 'audio'],
      FORBID_ATTR: ['src', 'srcset', 'href', 'action'],
    });
    const original = text || fragment.textContent || '';
    // A page copied whole is read as its article (see from-web.ts), in a document of its own that is never shown.
    const page = document.implementation.createHTMLDocument('');
    page.body.append(fragment);
    const { blocks, frame } = webArticle(page, { pasted: true });
    return { blocks, removed: frame, original };
  }
  return { blocks: textToBlocks(text), removed: [], original: text };
}

/** Cleans what was pasted; large pastes (`isLargePaste`) go to a worker so the page stays responsive. */
export function cleanPasted(pasted: Pasted, large: boolean): Promise<CleanArticle> {
  if (!large) return Promise.resolve(cleanArticle(pasted.blocks, { removed: pasted.removed }));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./clean-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CleanArticle>) => {
      resolve(e.data);
      worker.terminate();
    };
    worker.onerror = () => {
      reject(new Error('清理失败'));
      worker.terminate();
    };
    worker.postMessage({ blocks: pasted.blocks, removed: pasted.removed });
  });
}
