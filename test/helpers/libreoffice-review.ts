import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tmp.ts';
import { REPO } from './web-server.ts';

/** An edit a reviewer makes at the first place `find` occurs (test/tools/libreoffice-review.py says how each is made). */
export type ReviewEdit =
  | { find: string; replace: string }
  | { find: string; insertAfter: string }
  | { find: string; newParagraphAfter: string }
  | { find: string; newParagraphBefore: string }
  | { find: string; split: true }
  | { find: string; joinNext: true }
  | { find: string; deleteParagraph: true };

/**
 * A reviewer's pass over a DOCX in LibreOffice, driven through its UNO bridge with 修订 (change
 * recording) on: each edit is made as a person would, and the file is saved as DOCX by LibreOffice.
 */
export function reviewWithLibreOffice(docx: Uint8Array, edits: ReviewEdit[], author: string): Uint8Array {
  const dir = tempDir('jianbao-uno-');
  try {
    writeFileSync(join(dir.path, 'in.docx'), docx);
    writeFileSync(join(dir.path, 'edits.json'), JSON.stringify(edits));
    // Debian's Python: python3-uno is built for it, not for another Python on PATH.
    execFileSync('/usr/bin/python3', [join(REPO, 'test/tools/libreoffice-review.py'), join(dir.path, 'in.docx'), join(dir.path, 'out.docx'), join(dir.path, 'edits.json'), author], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    return readFileSync(join(dir.path, 'out.docx'));
  } finally {
    dir.remove();
  }
}
