import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tmp.ts';
import { REPO } from './web-server.ts';

/** A block of an essay LibreOffice writes as a .doc (see test/tools/make-word97.py). */
export type Word97Block =
  | { heading: 1 | 2 | 3 | 4; text: string; restart?: boolean }
  | { runs: { text: string; bold?: boolean }[]; footnote?: string; endnote?: string; link?: [string, string] }
  | { header: string }
  | { toc: true }
  | { table: string[][] }
  | { picture: string; width?: number; caption: string; float?: boolean };

/** An essay typed into LibreOffice Writer through its UNO bridge and saved as Word 97 (.doc), as an office's LibreOffice saves one. */
export function word97WithLibreOffice(blocks: Word97Block[]): Uint8Array {
  const dir = tempDir('jianbao-uno-');
  try {
    writeFileSync(join(dir.path, 'spec.json'), JSON.stringify(blocks));
    // Debian's Python: python3-uno is built for it, not for another Python on PATH.
    execFileSync('/usr/bin/python3', [join(REPO, 'test/tools/make-word97.py'), join(dir.path, 'spec.json'), join(dir.path, 'out.doc')], { stdio: 'pipe', timeout: 180_000 });
    return readFileSync(join(dir.path, 'out.doc'));
  } finally {
    dir.remove();
  }
}
