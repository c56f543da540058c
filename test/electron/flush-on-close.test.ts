import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import type { BrowserWindow, IpcMain } from 'electron';
import { flushOnClose } from '../../electron/main/flush-on-close.ts';
import { IPC_CHANNEL } from '../../core/api/preload-api.ts';

/** A window that records what it was asked to do, as Electron's would. */
function fakeWindow() {
  const sent: string[] = [];
  const win = Object.assign(new EventEmitter(), {
    sent,
    closed: 0,
    isDestroyed: () => false,
    webContents: { send: (channel: string) => sent.push(channel) },
    /** Returns whether the close was held back. */
    close: (): boolean => {
      win.closed++;
      let held = false;
      win.emit('close', { preventDefault: () => (held = true) });
      return held;
    },
  });
  return win;
}

describe('closing the desktop window', () => {
  it('waits for the page to store what was typed, then closes', () => {
    const win = fakeWindow();
    const ipc = new EventEmitter();
    flushOnClose(win as unknown as BrowserWindow, ipc as unknown as IpcMain);
    expect(win.close()).toBe(true); // the first close is held back
    expect(win.sent).toEqual([IPC_CHANNEL.flush]);
    ipc.emit(IPC_CHANNEL.flushed, { sender: {} }); // another window's answer changes nothing
    expect(win.closed).toBe(1);
    ipc.emit(IPC_CHANNEL.flushed, { sender: win.webContents });
    expect(win.closed).toBe(2); // closed for real, not held back again
  });

  it('closes anyway when the page does not answer in time', () => {
    vi.useFakeTimers();
    try {
      const win = fakeWindow();
      flushOnClose(win as unknown as BrowserWindow, new EventEmitter() as unknown as IpcMain, 3000);
      win.close();
      vi.advanceTimersByTime(2999);
      expect(win.closed).toBe(1);
      vi.advanceTimersByTime(1);
      expect(win.closed).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
