/// <reference lib="webworker" />
import { cleanArticle } from '../../../../core/cleanup/clean-article.ts';
import type { RawBlock } from '../../../../core/cleanup/raw-block.ts';

// Large pastes are cleaned here, off the page's thread, so typing and scrolling stay smooth.
self.onmessage = (event: MessageEvent<RawBlock[]>) => {
  self.postMessage(cleanArticle(event.data));
};
