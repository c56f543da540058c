import { useEffect } from 'react';
import type { Autosaver } from './autosave.ts';
import { storeBeforeClosing } from '../app/close-flush.ts';

/**
 * Leaving saves what is typed: the issue closed in the app, the page hidden, the window or tab
 * closed. A browser tab closed with typing not yet stored asks first, so that the save can finish.
 */
export function useSaveOnLeave(saver: Autosaver): void {
  useEffect(() => {
    const flushOnHide = () => void saver.flush();
    const askBeforeLeaving = (e: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved) return;
      void saver.flush();
      // Electron's close waits for the save itself (below); a cancelled unload there would only keep the window open.
      if (window.jianbao) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('pagehide', flushOnHide);
    window.addEventListener('beforeunload', askBeforeLeaving);
    // In the desktop app, closing the window waits for this save (electron/main/flush-on-close.ts).
    const stopFlushRequests = storeBeforeClosing(() => saver.flush());
    return () => {
      stopFlushRequests();
      window.removeEventListener('pagehide', flushOnHide);
      window.removeEventListener('beforeunload', askBeforeLeaving);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver]);
}
