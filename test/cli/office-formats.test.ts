import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tmp.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { essayDocx, type Essay } from '../helpers/make-docx.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';

/**
 * What contributors without a .docx send: the PDF their office made, and the .doc an older Word or
 * WPS saves. Both are made here by LibreOffice from one essay set like a 公文 (two pages, a page
 * number in the footer), and must come back as the essay: every paragraph whole, the title as
 * title, the byline as byline.
 */
const ESSAY = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/contributions/office-essay.json', import.meta.url)), 'utf8')) as Essay;

let dir: ReturnType<typeof tempDir>;
let docx: string;
beforeAll(async () => {
  dir = tempDir();
  docx = join(dir.path, '张晓明心得.docx');
  writeFileSync(docx, await essayDocx(ESSAY));
});
afterAll(() => dir.remove());

interface Cleaned {
  title: string;
  byline: string;
  paragraphs: { kind: string; text: string }[];
  warnings: unknown[];
  changes: Record<string, number>;
}

function clean(file: string): Cleaned {
  const r = runJianbao(dir.path, ['clean', file, '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Cleaned;
}

const asWritten = { title: ESSAY.title, byline: ESSAY.byline, paragraphs: ESSAY.paragraphs.map((text) => ({ kind: 'paragraph', text })), warnings: [] };

describe('files from an office suite', () => {
  it('a PDF: paragraphs whole across lines and pages, title and byline found from the layout, the page numbers gone', () => {
    const pdf = convertWithLibreOffice(docx, 'pdf', dir.path);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+2/u);
    const a = clean(pdf);
    expect(a).toMatchObject(asWritten);
    expect(a.changes.pageFurniture).toBe(2);
    expect(a.changes.joinedLines).toBe(0); // joined from the layout, before any text rule
  });

  it('a PDF set in two columns: read column by column, a paragraph going on from one column to the next', async () => {
    const twoColumns = join(dir.path, '两栏.docx');
    writeFileSync(twoColumns, await essayDocx(ESSAY, 2));
    expect(clean(convertWithLibreOffice(twoColumns, 'pdf', dir.path))).toMatchObject(asWritten);
  });

  it('an old Word .doc (Word 97–2003), and the same file named .wps', () => {
    const doc = convertWithLibreOffice(docx, 'doc:MS Word 97', dir.path);
    expect(readFileSync(doc).subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const fromDoc = clean(doc);
    expect(fromDoc).toMatchObject(asWritten);
    expect(fromDoc.changes.punctuation).toBe(0); // the essay's own “ ” come through as they were typed
    const wps = join(dir.path, '张晓明心得.wps');
    writeFileSync(wps, readFileSync(doc));
    expect(clean(wps)).toMatchObject(asWritten);
  });

  it('refuses with a message naming the file: a damaged PDF, a scan without text, a .doc that is not one, files larger than any essay', () => {
    writeFileSync(join(dir.path, '坏的.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    expect(runJianbao(dir.path, ['clean', '坏的.pdf'])).toMatchObject({ code: 1, err: expect.stringContaining('“坏的.pdf”不是有效的 PDF 文件') });
    const scan = join(dir.path, '扫描件.html');
    writeFileSync(scan, '<html><body><p>&nbsp;</p></body></html>');
    const empty = convertWithLibreOffice(scan, 'pdf', dir.path, 'HTML (StarWriter)');
    expect(runJianbao(dir.path, ['clean', empty])).toMatchObject({ code: 1, err: expect.stringContaining('没有可以读取的文字') });
    writeFileSync(join(dir.path, '不是.doc'), 'just some text');
    expect(runJianbao(dir.path, ['clean', '不是.doc'])).toMatchObject({ code: 1, err: expect.stringContaining('“不是.doc”不是有效的 Word/WPS 文件') });
    // Larger than any essay: refused before a reader holds it in memory.
    writeFileSync(join(dir.path, '扫描合集.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(51 * 1024 * 1024)]));
    expect(runJianbao(dir.path, ['clean', '扫描合集.pdf'])).toMatchObject({ code: 1, err: expect.stringContaining('“扫描合集.pdf”有 51 MB，远超一篇稿件的篇幅') });
    writeFileSync(join(dir.path, '大文件.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(33 * 1024 * 1024)]));
    expect(runJianbao(dir.path, ['clean', '大文件.doc'])).toMatchObject({ code: 1, err: expect.stringContaining('“大文件.doc”有 33 MB，远超一篇稿件的篇幅') });
    writeFileSync(join(dir.path, '稿件.rtf'), '{\\rtf1 x}');
    expect(runJianbao(dir.path, ['clean', '稿件.rtf'])).toMatchObject({ code: 1, err: expect.stringContaining('请导入 .docx、.doc、.wps、.pdf、.txt 或 .html 稿件') });
  });
});
