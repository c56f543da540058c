/** What the checks read of the frame a message or a request comes from (Electron's WebFrameMain). */
export interface SenderFrame {
  url: string;
  /** null for a window's own top frame; a frame inside it (an iframe) has a parent. */
  parent: unknown;
}

/**
 * IPC is answered only for our own page: the window's main frame (never a frame inside it, as VS
 * Code's validateEvent requires), whose URL is exactly the app's index.html (query and hash
 * aside). Anything else (a navigated frame, an injected one, a subframe) gets nothing.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || frame.parent !== null || !frame.url) return false;
  try {
    const from = new URL(frame.url);
    const app = new URL(appUrl);
    return from.protocol === app.protocol && from.host === app.host && from.pathname === app.pathname;
  } catch {
    return false;
  }
}

/**
 * The only permission the page uses: writing to the clipboard (复制为公众号格式 puts the post there
 * as rich HTML, which Chromium asks for as `clipboard-sanitized-write`). Granted to the app's own
 * main frame, and nothing to anything else.
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export interface PermissionAsk {
  permission: string;
  /** The URL of the frame that asks. */
  requestingUrl: string | undefined;
  isMainFrame: boolean;
}

/** `jianbao://app`: scheme and host, as Chromium scopes a permission (Node's URL gives a custom scheme no origin of its own). */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function permissionGranted(ask: PermissionAsk, appUrl: string): boolean {
  if (!GRANTED_PERMISSIONS.includes(ask.permission) || !ask.isMainFrame || !ask.requestingUrl) return false;
  const origin = originOf(ask.requestingUrl);
  return origin !== null && origin === originOf(appUrl);
}

/** The app never loads anything from the network: every http(s) and websocket request is cancelled. */
export const BLOCKED_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];
