import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { zipWithZlib } from '../../electron/node/service/zip-parts.ts';
import { zipWithFflate, type DocxPart } from '../../core/docx/zip-docx.ts';
import { tempDir } from '../helpers/tmp.ts';

/** The Node side's zip of a DOCX package, read back by fflate and by Python’s zipfile, two readers of its own. */
const xml = strToU8(`<?xml version="1.0"?><w:document>${'<w:p><w:r><w:t>学用贯通担使命</w:t></w:r></w:p>'.repeat(500)}</w:document>`);
const picture = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251);
const parts: DocxPart[] = [
  { path: '[Content_Types].xml', data: strToU8('<Types/>'), stored: false },
  { path: 'word/document.xml', data: xml, stored: false },
  { path: 'word/media/照片1.jpg', data: picture, stored: true },
];

describe('zipping a DOCX package with zlib', () => {
  it('gives back every part as it was, the text deflated and the picture stored', () => {
    const zip = zipWithZlib(parts);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(parts.map((p) => p.path));
    for (const p of parts) expect(back[p.path]).toEqual(p.data);
    // Smaller than the text: deflated; the picture's bytes are in the file as they are.
    expect(zip.length).toBeLessThan(xml.length);
    expect(Buffer.from(zip).includes(Buffer.from(picture))).toBe(true);
    // About the size fflate's zip of the same parts has.
    expect(Math.abs(zip.length - zipWithFflate(parts).length)).toBeLessThan(zip.length / 10);
  });

  it('is a plain zip that Python’s zipfile reads and tests clean, names in UTF-8, each part compressed as it should be', () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'package.docx');
      writeFileSync(file, zipWithZlib(parts));
      const script = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(z.testzip())\nfor i in z.infolist(): print(i.filename, i.compress_type, i.flag_bits & 8)';
      const read = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
      expect(read.status, read.stderr).toBe(0);
      // No bad part (None); deflated (8) and stored (0) as asked; no data descriptors (flag bit 3), as Word writes a package.
      expect(read.stdout.trim().split('\n')).toEqual(['None', '[Content_Types].xml 8 0', 'word/document.xml 8 0', 'word/media/照片1.jpg 0 0']);
    } finally {
      dir.remove();
    }
  });
});
