import type { Locator } from 'playwright-core';

/** One block of an item as the clerk sees it: its kind and its text. */
export interface Block {
  kind: 'title' | 'subtitle' | 'paragraph' | 'heading' | 'byline' | 'figure' | 'quote';
  text: string;
}

/**
 * The blocks of an item (article or reflection) read from the page, in order. The editor's `第 N 页`
 * marks are left out: they show where a page begins, and are no part of the text.
 */
export function itemBlocks(item: Locator): Promise<Block[]> {
  return item.evaluate((el) =>
    [...el.children]
      .filter((child) => !child.classList.contains('bj-page-mark'))
      .map((child) => {
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
        const copy = child.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.bj-page-mark').forEach((m) => m.remove());
        return { kind, text: (copy.textContent ?? '').replace(/\n/g, '') } as const;
      }),
  );
}

/** The text of one block as stored, without the page marks the editor shows inside it. */
export async function blockText(block: Locator): Promise<string> {
  return block.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.bj-page-mark').forEach((m) => m.remove());
    return (copy.textContent ?? '').replace(/\n/gu, '');
  });
}

/** The text of every block a locator finds, as stored (without the editor's page marks). */
export async function blockTexts(blocks: Locator): Promise<string[]> {
  return Promise.all(Array.from({ length: await blocks.count() }, (_, i) => blockText(blocks.nth(i))));
}
