import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../core/api/preload-api.ts';

/** Word and WPS shortcuts the page handles itself (Ctrl+E exports, Ctrl+P prints); the rest (Ctrl+Z, Ctrl+Y, Ctrl+B…) are the editor's. */
const KEYS: Record<string, MenuCommand> = { s: 'save', f: 'find', h: 'replace', e: 'exportDocx', p: 'print' };
/** With Shift: Ctrl+Shift+E exports the PDF; with Alt: Ctrl+Alt+P shows the pages, as Word's print layout. */
const SHIFT_KEYS: Record<string, MenuCommand> = { e: 'exportPdf' };
const ALT_KEYS: Record<string, MenuCommand> = { p: 'pageView' };

/** Runs commands from the Electron menu and from the keyboard shortcuts above. */
export function useMenu(commands: Partial<Record<MenuCommand, () => void>>): void {
  const current = useRef(commands);
  current.current = commands;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.altKey && e.shiftKey)) return;
      const command = (e.altKey ? ALT_KEYS : e.shiftKey ? SHIFT_KEYS : KEYS)[e.code.replace(/^Key/u, '').toLowerCase()];
      const run = command && current.current[command];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    const stop = window.jianbao?.onMenu((command) => current.current[command]?.());
    return () => {
      window.removeEventListener('keydown', onKey);
      stop?.();
    };
  }, []);
}
