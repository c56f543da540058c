import type { RenderedPage } from './render-pdf.ts';

/** A line's text as compared: white space, and the marks that hang past the margin (pdftotext reads them out of order), left out. */
export const flat = (s: string) => s.replace(/[\s，。、；：！？]+/gu, '');

/**
 * The pages whose first or last line differs from LibreOffice's rendering, described in Chinese:
 * `sheets` holds each page's lines top to bottom (from the layout, or read off the 页面视图).
 */
export function differingLines(sheets: string[][], pages: RenderedPage[]): string[] {
  const differ: string[] = [];
  sheets.forEach((sheet, i) => {
    const lines = sheet.filter((l) => flat(l));
    const page = flat(pages[i]!.flat).replace(/\.{2,}/gu, ''); // the 目录's dot leaders (two where an entry leaves little room)
    if (!lines.length) return;
    if (!page.startsWith(flat(lines[0]!))) differ.push(`第 ${i + 1} 页首行：${lines[0]}｜${page.slice(0, 30)}`);
    if (!page.replace(/—\d+—$/u, '').endsWith(flat(lines.at(-1)!))) differ.push(`第 ${i + 1} 页末行：${lines.at(-1)}｜${page.slice(-30)}`);
  });
  return differ;
}

/** The first line of a page that breaks elsewhere than LibreOffice's rendering, described, or null. */
export function differingLine(sheet: string[], page: RenderedPage, number: number): string | null {
  const ours = sheet.map(flat).filter(Boolean);
  const office = page.text
    .split('\n')
    .map((l) => flat(l).replace(/\.{2,}/gu, ''))
    .filter((l) => l && !/^—\d+—$/u.test(l));
  const at = ours.findIndex((line, k) => line !== office[k]);
  if (at < 0 && ours.length === office.length) return null;
  const k = at < 0 ? ours.length : at;
  return `第 ${number} 页第 ${k + 1} 行：${sheet.filter((l) => flat(l))[k] ?? '（无）'}｜${office[k] ?? '（无）'}`;
}
