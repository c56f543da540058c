import { existsSync } from 'node:fs';
import { UserError } from '../../../core/api/user-error.ts';
import { TIMES_REGULAR } from '../../../core/layout/latin-widths.ts';
import type { PrintPdf } from './pdf-export.ts';

/** Where Chromium, Chrome or Edge is found on each platform; JIANBAO_CHROMIUM names another. */
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium(): string | null {
  const named = process.env.JIANBAO_CHROMIUM;
  if (named) return existsSync(named) ? named : null;
  return BROWSERS.find((b) => existsSync(b)) ?? null;
}

const SAMPLE = 'Wilhelm 2025 DeepSeek';
const SAMPLE_EM = [...SAMPLE].reduce((n, ch) => n + (TIMES_REGULAR[ch.codePointAt(0)!] ?? 1), 0);

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
    const width = await page.evaluate((sample) => {
      const probe = document.createElement('span');
      probe.style.cssText = "font: 100px 'Times New Roman', 'Liberation Serif', monospace; white-space: pre; position: absolute";
      probe.textContent = sample;
      document.body.append(probe);
      const w = probe.getBoundingClientRect().width;
      probe.remove();
      return w;
    }, SAMPLE);
    const problems = Math.abs(width / 100 - SAMPLE_EM) > 0.02 * SAMPLE_EM ? ['本机没有 Times New Roman 或 Liberation Serif 字体：PDF 中的西文和数字换用了其他字体，字距会与 DOCX 略有不同（换行和分页不变）。'] : [];
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    return { bytes: new Uint8Array(bytes), problems };
  } finally {
    await browser.close();
  }
};
