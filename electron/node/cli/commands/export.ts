import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../../core/api/user-error.ts';
import { sniffImageMime } from '../../../../core/model/photo.ts';
import { largeExportNote, type EmbeddedPhoto } from '../../../../core/model/export-size.ts';
import { memoryCache, photoSource } from '../../service/photo-source.ts';
import { exportIssueDocx } from '../../../../core/docx/export-issue.ts';
import { zipWithZlib } from '../../service/zip-parts.ts';
import { parseIssueFile } from '../../service/issue-file-io.ts';
import { escapeHtml } from '../../../../core/model/escape-html.ts';
import { operand, option, readText } from '../args.ts';
import { fileReviewCopy } from '../file-version.ts';

function write(out: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(resolve(out), bytes);
  } catch {
    throw new UserError(`无法写入“${out}”：请检查文件夹是否存在、磁盘是否已满。`);
  }
}

/** What is said after an export of its photos: resampled (and how to keep them whole), and the size and its cause when over 20 MB. */
function reportPhotos(bytes: Uint8Array | string, photos: EmbeddedPhoto[], full: boolean): void {
  const note = largeExportNote(typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length, photos);
  if (note) console.error(`注意：${note}`);
  const resampled = photos.filter((p) => p.resampled).length;
  if (resampled) console.log(`${resampled} 张照片已按所需尺寸缩小（打印约 300 ppi，公众号 1080 像素宽），原图不变；加 --full-photos 可放入全尺寸照片。`);
}

/**
 * `jianbao export <工程文件> -o <文件.docx|文件.pdf|文件.html> [--review] [--full-photos]`: the format
 * follows the name, the printable DOCX, the PDF or the 公众号 post; any other name is refused (a DOCX
 * under it would open as nothing). `--review` makes the DOCX a 送审稿, with the anchors `jianbao
 * review` reads back. Photos are resampled for their use unless `--full-photos` keeps them whole.
 */
export async function run(args: string[]): Promise<void> {
  const file = operand(args);
  const out = option(args, '-o');
  if (!file || !out) throw new UserError('用法：jianbao export <工程文件> -o <文件.docx|文件.pdf|文件.html> [--full-photos]');
  const format = /\.(docx|pdf|html?)$/iu.exec(out)?.[1]?.toLowerCase();
  if (!format) throw new UserError(`“${out}”：只能导出 .docx（打印用）、.pdf（分发用）或 .html（公众号格式）文件，请修改输出文件名的扩展名。`);
  const { file: issue, photos } = parseIssueFile(readText(file));
  const full = args.includes('--full-photos');
  const photo = photoSource(
    (hash) => {
      const bytes = photos.get(hash);
      return bytes ? { bytes, mime: sniffImageMime(bytes)! } : null;
    },
    memoryCache(),
    { full },
  );
  if (format === 'pdf') {
    // The printer (and Playwright under it) is loaded only when a PDF is asked for.
    const [{ exportIssuePdf }, { chromiumPdf }] = await Promise.all([import('../../service/pdf-export.ts'), import('../../service/chromium-pdf.ts')]);
    const pdf = await exportIssuePdf(issue, photo, chromiumPdf);
    write(out, pdf.bytes);
    for (const problem of pdf.problems) console.error(`注意：${problem}`);
    reportPhotos(pdf.bytes, pdf.photos, full);
    console.log(`已导出 PDF ${pdf.pages} 页到 ${resolve(out)}`);
    return;
  }
  if (format !== 'docx') {
    // juice (and the HTML parser under it) is loaded only when a post is asked for: a DOCX export starts without it.
    const { wechatPost } = await import('../../service/wechat.ts');
    const post = await wechatPost(issue, photo);
    const html = `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(issue.meta.seriesTitle)}</title></head><body>\n${post.html}\n</body></html>\n`;
    write(out, html);
    for (const problem of post.problems) console.error(`注意：${problem}`);
    reportPhotos(html, post.photos, full);
    console.log(`已导出公众号格式（${post.titles.length} 篇文章）到 ${resolve(out)}`);
    return;
  }
  const review = args.includes('--review') ? fileReviewCopy(issue) : undefined;
  const result = await exportIssueDocx(issue, photo, { ...(review ? { review } : {}), zip: zipWithZlib });
  write(out, result.bytes);
  for (const problem of result.problems) console.error(`注意：${problem}`);
  reportPhotos(result.bytes, result.photos, full);
  console.log(`已导出${review ? '送审稿' : ''} ${result.pagination.totalPages} 页到 ${resolve(out)}`);
}
