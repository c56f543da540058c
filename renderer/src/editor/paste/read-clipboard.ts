import DOMPurify from 'dompurify';
import { domToBlocks } from '../../../../core/cleanup/from-dom.ts';
import { textToBlocks } from '../../../../core/cleanup/from-text.ts';
import { cleanArticle, type CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import type { RawBlock } from '../../../../core/cleanup/raw-block.ts';
import type { ClipboardContents } from './clipboard-contents.ts';

export interface Pasted {
  blocks: RawBlock[];
  /** The clipboard's plain text, for 恢复原文 and the side-by-side view. */
  original: string;
}

/**
 * What the clipboard holds, as blocks of text. HTML is sanitised first (DOMPurify: no script, no
 * event handler, no remote image, no style survives) and only its text and structure are read.
 */
export function readClipboard({ html, text }: ClipboardContents): Pasted {
  if (html) {
    const fragment = DOMPurify.sanitize(html, {
      RETURN_DOM_FRAGMENT: true,
      FORBID_TAGS: ['style', 'img', 'svg', 'math', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'video', 'audio'],
      FORBID_ATTR: ['src', 'srcset', 'href', 'action'],
    });
    const blocks = domToBlocks(fragment);
    return { blocks, original: text || fragment.textContent || '' };
  }
  return { blocks: textToBlocks(text), original: text };
}

/** Cleans what was pasted; large pastes (`isLargePaste`) go to a worker so the page stays responsive. */
export function cleanPasted(pasted: Pasted, large: boolean): Promise<CleanArticle> {
  if (!large) return Promise.resolve(cleanArticle(pasted.blocks));
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
    worker.postMessage(pasted.blocks);
  });
}
