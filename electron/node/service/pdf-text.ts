import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { UserError } from '../../../core/api/user-error.ts';
import type { PdfItem, PdfPage } from '../../../core/cleanup/from-pdf.ts';
import nodePath, { type PlatformPath } from 'node:path';
import { distFile, distFolder } from '../process/dist-file.ts';

/** A contributor's PDF is an essay or a few pages of a newspaper; more is not a contribution. */
export const MAX_PDF_PAGES = 60;

// pdf.js parses in this thread (the import's own worker thread): it runs no worker of its own.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

/**
 * Where pdf.js finds its character maps, copied into dist/ by the build: Chinese PDFs that name a
 * standard CMap need them to give text. pdf.js wants a base that ends in `/` (it refuses anything
 * else) and, in Node, reads `base + name` with fs: so a path with forward slashes, which Windows
 * reads as well as its own (`path.join` there would end in `\`, and every PDF would be refused).
 */
export function cmapBaseUrl(dist = distFolder(), path: PlatformPath = nodePath): string | null {
  const folder = distFile('workers/cmaps', dist, path);
  return folder && `${folder.split(path.sep).join('/')}/`;
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

/**
 * The positioned text of a PDF's pages (pdf.js, with scripting, fonts and eval off: only text is
 * read). A password, a damaged file or a scan without text gets a message naming the file.
 */
export async function pdfPages(name: string, bytes: Uint8Array, cmaps = cmapBaseUrl()): Promise<PdfPage[]> {
  let doc: pdfjs.PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      verbosity: 0,
      ...(cmaps ? { cMapUrl: cmaps, cMapPacked: true } : {}),
    }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') throw new UserError(`“${name}”设有密码，无法读取。请取消密码后再导入。`);
    throw new UserError(`“${name}”不是有效的 PDF 文件，可能已损坏。`);
  }
  if (doc.numPages > MAX_PDF_PAGES) throw new UserError(`“${name}”有 ${doc.numPages} 页，远超一篇稿件的篇幅，未导入。请只导出稿件所在的几页后再导入。`);
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfItem[] = (content.items as TextItemLike[]).flatMap((i) => {
      const t = i.transform;
      if (!i.str || !t) return [];
      return [{ text: i.str, x: t[4]!, y: t[5]!, width: i.width ?? 0, size: Math.hypot(t[2]!, t[3]!) }];
    });
    pages.push({ width, height, items });
    page.cleanup();
  }
  await doc.destroy();
  if (!pages.some((p) => p.items.some((i) => i.text.trim())))
    throw new UserError(`“${name}”里没有可以读取的文字，可能是扫描件或图片。请向投稿人要 Word 文件，或用文字识别（OCR）转换后再导入。`);
  return pages;
}
