import type { Sheet } from '../../core/layout/sheets.ts';

/** A sheet's text line by line, top to bottom, items on one grid line joined left to right (as pdftotext reads them). */
export function sheetLines(sheet: Sheet): string[] {
  const rows = new Map<number, { x: number; text: string }[]>();
  for (const item of sheet.items) {
    const text = item.kind === 'line' ? item.runs.map((r) => r.text).join('') + (item.right ?? '') : item.kind === 'toc' ? `${item.text}${item.page ?? ''}` : '';
    if (!text) continue;
    rows.set(item.line, [...(rows.get(item.line) ?? []), { x: item.xPt, text }]);
  }
  return [...rows]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.sort((a, b) => a.x - b.x).map((r) => r.text).join(''));
}
