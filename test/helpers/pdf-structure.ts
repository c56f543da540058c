import { execFileSync } from 'node:child_process';

/** The titles of a PDF's outline (bookmarks), in the order they are written, read from its objects. */
export function pdfOutlineTitles(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const titles: string[] = [];
  // Outline items are the dictionaries with a /Parent and a /Dest; their titles are UTF-16 in hex.
  for (const m of text.matchAll(/<<\/Title <FEFF([0-9A-F]*)>\s*\/Dest[^>]*?\/Parent/gu)) {
    const hex = m[1]!;
    const bytes = Buffer.from(hex, 'hex');
    titles.push(bytes.swap16().toString('utf16le'));
  }
  return titles;
}

/** Links inside the document (`/Link` annotations), as the clickable 目录 makes them. */
export function pdfLinkCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Subtype \/Link/gu) ?? []).length;
}

/** `pdffonts`' rows: each font's name, type and whether it is embedded. */
export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return out.map((row) => {
    const cols = row.trim().split(/\s{2,}/u);
    const [, emb] = /\b(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/u.exec(row) ?? [];
    return { name: cols[0]!, type: cols[1]!, embedded: emb === 'yes' };
  });
}
