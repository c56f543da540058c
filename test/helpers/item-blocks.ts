import type { Locator } from 'playwright-core';

/** One block of an item as the clerk sees it: its kind and its text. */
export interface Block {
  kind: 'title' | 'subtitle' | 'paragraph' | 'heading' | 'byline' | 'figure' | 'quote';
  text: string;
}

/** The blocks of an item (article or reflection) read from the page, in order. */
export function itemBlocks(item: Locator): Promise<Block[]> {
  return item.evaluate((el) =>
    [...el.children].map((child) => {
      const c = child.classList;
      const kind = c.contains('bj-title')
        ? 'title'
        : c.contains('bj-subtitle')
          ? 'subtitle'
          : c.contains('bj-byline')
            ? 'byline'
            : child.tagName === 'FIGURE'
              ? 'figure'
              : child.tagName === 'BLOCKQUOTE'
                ? 'quote'
                : /^H[2-5]$/.test(child.tagName)
                  ? 'heading'
                  : 'paragraph';
      return { kind, text: (child as HTMLElement).innerText.replace(/\n/g, '') } as const;
    }),
  );
}

