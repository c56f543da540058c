/**
 * The demo's photos: plain placeholder pictures with words on them, drawn by the system's
 * Chromium (the same one the PDF export uses), so the demo prints every section as the sample
 * briefing does, and carries no one's real photo.
 */
import { chromium } from 'playwright-core';
import { findChromium } from '../electron/node/service/chromium-pdf.ts';
import { escapeHtml } from '../core/model/escape-html.ts';

export const PLACEHOLDER = { width: 720, height: 480 };

/** One JPEG per label: the label's words large on a quiet background, and 示意图片 under them. */
export async function placeholderPhotos(labels: string[]): Promise<Buffer[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('需要 Chromium 来绘制示意图片（/usr/bin/chromium，或用 JIANBAO_CHROMIUM 指明）。');
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage({ viewport: PLACEHOLDER });
    const out: Buffer[] = [];
    for (const [i, label] of labels.entries()) {
      const hue = [210, 150, 30, 350][i % 4];
      await page.setContent(
        `<body style="margin:0"><div style="width:${PLACEHOLDER.width}px;height:${PLACEHOLDER.height}px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:24px;background:linear-gradient(160deg,hsl(${hue} 35% 88%),hsl(${hue} 30% 72%));font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:hsl(${hue} 40% 22%);text-align:center">` +
          `<div style="font-size:40px;font-weight:bold;max-width:600px;line-height:1.4">${escapeHtml(label)}</div>` +
          `<div style="font-size:24px;letter-spacing:8px;opacity:.7">示意图片</div></div></body>`,
      );
      out.push(await page.screenshot({ type: 'jpeg', quality: 60, clip: { x: 0, y: 0, ...PLACEHOLDER } }));
    }
    return out;
  } finally {
    await browser.close();
  }
}
