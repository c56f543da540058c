import type { Page } from 'playwright-core';

/** What Chromium does on Ctrl+V at the caret, with the clipboard's contents given by type. */
export function paste(page: Page, data: Record<string, string>): Promise<void> {
  return page.evaluate((d) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(d)) transfer.setData(type, value);
    const target = document.getSelection()?.anchorNode?.parentElement ?? document.querySelector('.ProseMirror')!;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}
