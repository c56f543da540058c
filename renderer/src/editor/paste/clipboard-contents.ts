/** Above this many characters the cleanup runs in a worker, with a notice while it works. */
export const LARGE_PASTE = 100_000;
/** More text than this (some 130 printed pages) is no paste into one issue: the clerk is told, nothing is lost. */
export const MAX_PASTE_CHARS = 200_000;

/** What the clipboard holds, read at once (the event's data is gone after it). */
export interface ClipboardContents {
  html: string;
  text: string;
}

export function clipboardContents(data: DataTransfer): ClipboardContents | null {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  return html || text ? { html, text } : null;
}
