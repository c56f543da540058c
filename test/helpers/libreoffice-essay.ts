import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './web-server.ts';

export type EssayBlock =
  | { heading: 0 | 1 | 2; text: string }
  | { bold: string }
  | { text: string; notes?: string[] }
  | { table: string[][] }
  | { picture: string; caption: string }
  | { plain: string };

/**
 * An essay typed into LibreOffice Writer through its UNO bridge (test/tools/libreoffice-essay.py)
 * and saved by it as Word files: `dir/name.docx` and `dir/name.doc`. Returns the two paths.
 */
export function essayFromLibreOffice(dir: string, name: string, title: string, blocks: EssayBlock[]): { docx: string; doc: string } {
  const spec = join(dir, `${name}.json`);
  writeFileSync(spec, JSON.stringify({ title, blocks }));
  // Debian's Python: python3-uno is built for it, not for another Python on PATH.
  execFileSync('/usr/bin/python3', [join(REPO, 'test/tools/libreoffice-essay.py'), spec, join(dir, name)], { stdio: 'pipe', timeout: 180_000 });
  return { docx: join(dir, `${name}.docx`), doc: join(dir, `${name}.doc`) };
}
