import type { WordParagraph } from './word-document.ts';

/**
 * A Word table as lines of text. The briefing has no tables (its page layout, DOCX, PDF and page
 * view print paragraphs and photos), so a clerk gets each row as one line, its cells separated by a
 * full-width space, and a warning naming the table to check. A cell that holds running text (a
 * form's 个人总结 box) is too long for a line: its paragraphs stand as paragraphs of their own.
 */

/** A cell longer than this, or of more than one paragraph, holds text rather than a value. */
const SHORT_CELL = 40;
export const CELL_GAP = '\u3000';

export interface TableLine {
  /** The paragraph whose formatting the line takes (its first cell's). */
  first: WordParagraph;
  text: string;
  /** A row's short cells, for the cleanup to keep apart; absent for a long cell's paragraph. */
  cells?: string[];
}

/** The lines of one table, from its paragraphs in row and cell order. */
export function tableLines(paragraphs: WordParagraph[], textOf: (p: WordParagraph) => string): { lines: TableLine[]; rows: number } {
  const lines: TableLine[] = [];
  const rows = new Map<number, Map<number, WordParagraph[]>>();
  for (const p of paragraphs) {
    const { row, cell } = p.cell!;
    const cells = rows.get(row) ?? new Map<number, WordParagraph[]>();
    rows.set(row, cells);
    cells.set(cell, [...(cells.get(cell) ?? []), p]);
  }
  let counted = 0;
  for (const cells of rows.values()) {
    let line: { first: WordParagraph; parts: string[] } | null = null;
    const flush = () => {
      if (line?.parts.length) lines.push({ first: line.first, text: line.parts.join(CELL_GAP), cells: line.parts });
      line = null;
    };
    let any = false;
    for (const ps of cells.values()) {
      const texts = ps.map((p) => textOf(p).replace(/\s+/gu, ' ').trim()).filter(Boolean);
      if (!texts.length) continue;
      any = true;
      if (texts.length === 1 && [...texts[0]!].length <= SHORT_CELL) {
        line ??= { first: ps[0]!, parts: [] };
        line.parts.push(texts[0]!);
        continue;
      }
      flush();
      ps.forEach((p) => {
        const t = textOf(p).trim();
        if (t) lines.push({ first: p, text: t });
      });
    }
    flush();
    if (any) counted++;
  }
  return { lines, rows: counted };
}
