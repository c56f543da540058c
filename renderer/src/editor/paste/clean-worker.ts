/// <reference lib="webworker" />
import { cleanArticle } from '../../../../core/cleanup/clean-article.ts';
import type { RawBlock } from '../../../../core/cleanup/raw-block.ts';
import type { RemovedText } from '../../../../core/cleanup/removed.ts';

// Large pastes are cleaned here, off the page's thread, so typing and scrolling stay smooth.
self.onmessage = (event: MessageEvent<{ blocks: RawBlock[]; removed: RemovedText[] }>) => {
  self.postMessage(cleanArticle(event.data.blocks, { removed: event.data.removed }));
};
