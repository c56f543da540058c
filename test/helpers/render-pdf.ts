import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWithLibreOffice } from './libreoffice.ts';

export interface RenderedPage {
  /** The text of the page, all white space removed, for finding titles however they wrapped. */
  flat: string;
  text: string;
  /** The number the page prints (`— 3 —`), or null on unnumbered front pages. */
  printed: number | null;
}

/**
 * Every page of a PDF, read back with pdftotext: by `layout` (lines as they stand on the page), or
 * in `raw` drawing order, for a PDF whose runs of Latin and Chinese type on one line have boxes of
 * different heights that the layout reading takes for two lines (`1.“一个人…` from Chromium).
 */
export function readPdf(pdf: string, order: 'layout' | 'raw' = 'layout'): RenderedPage[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) => {
    const text = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), `-${order}`, pdf, '-'], { encoding: 'utf8' });
    const number = /—\s*(\d+)\s*—\s*$/u.exec(text.trimEnd())?.[1];
    return { text, flat: text.replace(/\s+/gu, ''), printed: number ? Number(number) : null };
  });
}

/** Renders a DOCX with LibreOffice and reads every page back with pdftotext. */
export function renderDocx(docx: Uint8Array): RenderedPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-render-'));
  try {
    const file = join(dir, 'issue.docx');
    writeFileSync(file, docx);
    return readPdf(convertWithLibreOffice(file, 'pdf', dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The printed number of the first numbered page whose text holds `title` (white space ignored). */
export function printedPageOf(pages: RenderedPage[], title: string, from = 0): number | null {
  const want = title.replace(/\s+/gu, '');
  for (let i = from; i < pages.length; i++) if (pages[i]!.printed !== null && pages[i]!.flat.includes(want)) return pages[i]!.printed;
  return null;
}
