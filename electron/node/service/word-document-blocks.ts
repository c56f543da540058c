import type { CleanupWarning } from '../../../core/cleanup/damage.ts';
import type { RawBlock, Run } from '../../../core/cleanup/raw-block.ts';
import type { WordDocument, WordParagraph } from '../../../core/cleanup/word-document.ts';

/**
 * A stand-in, until the one conversion of a WordDocument into an article (shared with the .docx
 * reader) lands: each paragraph becomes a line with its automatic number before its text; a line
 * break inside a paragraph starts a new line; a table row becomes one line, its cells separated by a
 * full-width space, except that the items of a numbered list in a cell keep a line each; pictures are
 * counted, not placed; what the reader could not read is a warning.
 */
export function wordDocumentBlocks(name: string, doc: WordDocument): { blocks: RawBlock[]; warnings: CleanupWarning[] } {
  const blocks: RawBlock[] = [];
  let pictures = 0;
  const lines = (p: WordParagraph): Run[][] => {
    const out: Run[][] = [[{ text: p.label }]];
    for (const r of p.runs)
      r.text.split('\n').forEach((text, i) => {
        if (i) out.push([]);
        out.at(-1)!.push({ text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) });
      });
    return out;
  };
  // A row being read: its lines, each a list of cell texts.
  let row = null as { key: string; lines: string[][]; item: boolean } | null;
  const closeRow = () => {
    for (const line of row?.lines ?? []) blocks.push({ runs: [{ text: line.filter(Boolean).join('\u3000') }], continues: false });
    row = null;
  };
  for (const b of doc.blocks) {
    if (b.kind === 'picture') {
      pictures++;
      continue;
    }
    if (b.cell) {
      const key = `${b.cell.table}/${b.cell.row}`;
      if (row?.key !== key) closeRow();
      row ??= { key, lines: [[]], item: false };
      const text = b.label + b.runs.map((r) => r.text.replace(/\n/gu, '')).join('').trim();
      if (!text) continue;
      const item = Boolean(b.label);
      if ((item || row.item) && row.lines.at(-1)!.some(Boolean)) row.lines.push([]);
      row.item = item;
      const line = row.lines.at(-1)!;
      line[b.cell.cell] = (line[b.cell.cell] ?? '') + text;
      continue;
    }
    closeRow();
    const hint: RawBlock['hint'] = b.outlineLevel ? { kind: 'heading', level: b.outlineLevel } : undefined;
    for (const runs of lines(b)) blocks.push({ runs: runs.filter((r) => r.text), continues: false, ...(hint ? { hint } : {}) });
  }
  closeRow();
  const warnings = doc.problems.map((message) => ({ text: name, message }));
  if (pictures) warnings.push({ text: name, message: `稿件中有 ${pictures} 张图片，只导入了文字，请从原稿中取用图片` });
  return { blocks, warnings };
}
