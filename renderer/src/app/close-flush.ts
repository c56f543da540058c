/** What must be stored before the desktop window may close: the open issue's typing, while an issue is open. */
const flushers = new Set<() => Promise<void>>();

/** Registers a store-before-closing; returns its removal. */
export function storeBeforeClosing(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => void flushers.delete(flush);
}

/**
 * Answers the desktop window's request to close (electron/main/flush-on-close.ts) once for the
 * whole page: when everything registered is stored, or at once where nothing is (the 期刊列表),
 * so the window never waits out its time limit. Returns the stop, none in browser mode.
 */
export function answerCloseRequests(): () => void {
  return window.jianbao?.onFlushRequest(async () => void (await Promise.allSettled([...flushers].map((flush) => flush())))) ?? (() => undefined);
}
