import type { BrowserWindow } from 'electron';

/**
 * Loads the app's page into its hidden window and shows the window once the page has loaded. A
 * page that cannot load (a broken installation, a file missing from the archive) would leave an
 * app nobody sees, holding the data folder's lock: `failed` is called instead, with the reason, to
 * end it. A page answered with an error status loads as far as Electron is concerned, so that is
 * failure too, and its error page is never shown.
 */
export function loadApp(win: BrowserWindow, url: string, failed: (reason: string) => void): void {
  let status = 200;
  win.webContents.once('did-navigate', (_event, _url, code: number) => {
    status = code;
  });
  win
    .loadURL(url)
    .then(() => {
      if (status >= 400) failed(`${url} 的回答是 ${status}`);
      else win.show();
    })
    .catch((error: unknown) => failed(error instanceof Error ? error.message : String(error)));
}
