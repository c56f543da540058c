/**
 * IPC is answered only for our own page: a frame whose URL is exactly the app's index.html
 * (query and hash aside). Anything else (a navigated frame, an injected one) gets nothing.
 */
export function isTrustedSender(frameUrl: string | undefined | null, appUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appUrl);
    return frame.protocol === app.protocol && frame.host === app.host && frame.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** The app never loads anything from the network: every http(s) and websocket request is cancelled. */
export const BLOCKED_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];
