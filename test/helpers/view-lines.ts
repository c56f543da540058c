import type { Page } from 'playwright-core';

/** The 页面视图's lines of one page, top to bottom, items on one line joined left to right. */
export function viewLines(page: Page, index: number): Promise<string[]> {
  return page
    .locator('.bj-pageview-pages .bj-sheet-frame')
    .nth(index)
    .evaluate((frame) => {
      const rows = new Map<number, { x: number; text: string }[]>();
      for (const el of frame.querySelectorAll<HTMLElement>('.bj-line')) {
        const text = el.textContent ?? '';
        if (!text) continue;
        const top = Math.round(parseFloat(el.style.top) * 10);
        rows.set(top, [...(rows.get(top) ?? []), { x: parseFloat(el.style.left), text }]);
      }
      return [...rows]
        .sort(([a], [b]) => a - b)
        .map(([, row]) => row.sort((a, b) => a.x - b.x).map((r) => r.text).join(''));
    });
}
