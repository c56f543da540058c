import type { BrowserWindow, IpcMain } from 'electron';
import { IPC_CHANNEL } from '../../core/api/preload-api.ts';

/** However long the page takes, the window closes after this: a hung page never keeps the app open. */
export const FLUSH_LIMIT_MS = 3000;

/**
 * The close handshake: closing the window first asks the page to store what was typed and waits for
 * its answer (at most FLUSH_LIMIT_MS), so the database is closed only after the last save.
 */
export function flushOnClose(win: BrowserWindow, ipc: IpcMain, limitMs = FLUSH_LIMIT_MS): void {
  let flushed = false;
  win.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    const close = () => {
      if (flushed) return;
      flushed = true;
      clearTimeout(timer);
      ipc.removeListener(IPC_CHANNEL.flushed, onFlushed);
      if (!win.isDestroyed()) win.close();
    };
    const onFlushed = (e: { sender: unknown }) => {
      if (e.sender === win.webContents) close();
    };
    const timer = setTimeout(close, limitMs);
    ipc.on(IPC_CHANNEL.flushed, onFlushed);
    win.webContents.send(IPC_CHANNEL.flush);
  });
}
