import { BrowserWindow } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintPdf } from '../node/service/pdf-export.ts';
import { LATIN_PROBE_SCRIPT, latinFontProblems } from '../node/service/latin-font-probe.ts';

/**
 * Prints the sheets with Electron's own Chromium: a hidden window with no Node and no preload
 * loads the document (a file, since a long data: URL is refused) and prints it to PDF. Before
 * printing it measures Latin text as the Chromium path does, so a missing Times New Roman is said
 * the same way. The document's own CSP forbids every script (sheet-html.ts); only the probe, sent
 * from here, runs in it.
 */
export const electronPdf: PrintPdf = async (html) => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-'));
  // electronegativity: AUXCLICK_JS_CHECK — the window is never shown and its document runs no script of its own;
  // every new window is denied by main.ts's setWindowOpenHandler, which covers all web contents.
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
  });
  try {
    const file = join(dir, 'issue.html');
    writeFileSync(file, html);
    await win.loadFile(file);
    const problems = latinFontProblems(Number(await win.webContents.executeJavaScript(LATIN_PROBE_SCRIPT)));
    const bytes = await win.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
    return { bytes: new Uint8Array(bytes), problems };
  } finally {
    win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
};
