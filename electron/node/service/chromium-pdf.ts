import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { UserError } from '../../../core/api/user-error.ts';
import { LATIN_PROBE, latinFontProblems } from './latin-font-probe.ts';
import type { PrintPdf } from './pdf-export.ts';

/**
 * Where Chromium, Chrome or Edge is installed on each platform, as their installers put them:
 * on Windows for all users (Program Files, both) or for one user (Chrome in %LOCALAPPDATA%); on
 * macOS in /Applications or ~/Applications; on Linux by the distribution's package, Google's and
 * Microsoft's packages, or a snap. Edge comes with every Windows 10 and 11.
 */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA ?? win32.join(home, 'AppData', 'Local')];
    return roots.flatMap((root) => [win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), win32.join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'];
    return ['/Applications', posix.join(home, 'Applications')].flatMap((folder) => apps.map((app) => posix.join(folder, app)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/** The browser that prints PDFs: JIANBAO_CHROMIUM if set, else the first one installed. */
export function findChromium(platform = process.platform, env = process.env, exists: (file: string) => boolean = existsSync): string | null {
  const named = env.JIANBAO_CHROMIUM;
  if (named) return exists(named) ? named : null;
  return browserCandidates(platform, env, homedir()).find((b) => exists(b)) ?? null;
}

/**
 * Prints with the system's Chromium, headless, through Playwright (browser mode and the command
 * line; the desktop app prints with Electron). Before printing it measures Latin text in the face
 * the layout was measured in, and says so when that face is missing.
 */
export const chromiumPdf: PrintPdf = async (html) => {
  const executablePath = findChromium();
  if (!executablePath) throw new UserError('未找到 Chromium、Chrome 或 Edge 浏览器，无法生成 PDF。请安装其中之一，或用 JIANBAO_CHROMIUM 指明浏览器程序的位置；DOCX 导出不受影响。');
  // Loaded on first use: nothing else needs a browser.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: true, offline: true });
    await page.setContent(html, { waitUntil: 'load' });
    const problems = latinFontProblems(await page.evaluate(LATIN_PROBE.run, LATIN_PROBE.sample));
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    return { bytes: new Uint8Array(bytes), problems };
  } finally {
    await browser.close();
  }
};
