/** Above this many characters the cleanup runs in a worker, with a notice while it works. */
export const LARGE_PASTE = 100_000;
/** More text than this (some 130 printed pages) is no paste into one issue: the clerk is told, nothing is lost. */
export const MAX_PASTE_CHARS = 200_000;

/** What the clipboard holds, read at once (the event's data is gone after it). */
export interface ClipboardContents {
  html: string;
  text: string;
}

/** Whether a paste is cleaned in a worker, with a notice: measured once, here. */
export function isLargePaste({ html, text }: ClipboardContents): boolean {
  return html.length + text.length >= LARGE_PASTE;
}

/** The characters of text a paste brings (spaces not counted), as the 字数 counts them; measured before any cleaning. */
export function pastedChars(original: string): number {
  return original.replace(/\s/gu, '').length;
}

export function clipboardContents(data: DataTransfer): ClipboardContents | null {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  return html || text ? { html, text } : null;
}
