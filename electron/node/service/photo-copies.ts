import { createRequire } from 'node:module';
import type Sharp from 'sharp';
import { UserError } from '../../../core/api/user-error.ts';
import { imageOrientation, imageSize } from '../../../core/model/image-size.ts';
import { WEB_WIDTH_PX, type PhotoPurpose } from '../../../core/layout/photo-sizes.ts';
import type { Photo } from '../../../core/layout/printable-issue.ts';

/**
 * Resampled copies of photos, made with sharp (libvips): it ships prebuilt for every platform the
 * app is packed for, runs in Node (the service, browser mode, the command line) and in Electron's
 * main process alike, shrinks a 12-megapixel JPEG while decoding it (in about 0.1 s here), honours
 * EXIF orientation and converts to sRGB. A canvas in the page would put the work on the editor's
 * thread and is not there for the command line.
 */

/**
 * sharp and its libvips (20 MB of native code) are loaded with the first photo, not when the app
 * starts; by require, which Electron's main process resolves inside its asar archive as Node does.
 */
let loaded: typeof Sharp | null = null;
const sharpModule = () => (loaded ??= createRequire(import.meta.url)('sharp') as typeof Sharp);

/** sharp's own limit (16383 × 16383 pixels): beyond it decoding needs more memory than a desktop can spare. */
export const MAX_PIXELS = 16383 * 16383;
/** Formats Word, WPS, LibreOffice and every browser show; a WebP is converted. */
const EVERYWHERE = new Set(['image/jpeg', 'image/png', 'image/gif']);
const QUALITY: Record<'print' | 'web' | 'full', number> = { print: 88, web: 85, full: 95 };

function targetWidth(purpose: PhotoPurpose): number | null {
  if (purpose === 'web') return WEB_WIDTH_PX;
  if (purpose === 'full') return null;
  return Number(purpose.slice('print-'.length));
}

/** Why a photo cannot be made into a copy, in words for the clerk (the caller says which photo). */
export function photoFault(bytes: Uint8Array, error: unknown): string {
  const size = imageSize(bytes);
  if (error instanceof Error && /pixel limit/iu.test(error.message) && size)
    return `图片太大（${size.width}×${size.height} 像素，超过了能处理的 2.68 亿像素），请先缩小后再插入`;
  return '图片已损坏或无法读取，请重新导出或换一张照片';
}

/**
 * Decodes the whole picture once, refusing a file cut short (a photo half copied from a phone):
 * what is stored must print whole. For a picture makeCopy keeps as it is (it decodes the others).
 */
export async function checkDecodes(bytes: Uint8Array): Promise<void> {
  try {
    const sharp = sharpModule();
    await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'truncated', animated: false }).resize({ width: 64, withoutEnlargement: true }).raw().toBuffer();
  } catch (error) {
    throw new UserError(photoFault(bytes, error));
  }
}

/**
 * A copy of `original` for `purpose`: upright, no wider than the purpose needs, JPEG for photos
 * and PNG for pictures with transparency or drawn ones (PNG, GIF). The original itself when it is
 * already upright, small enough and shown everywhere, or when the copy would be no smaller.
 * Throws a UserError saying why (see photoFault).
 */
export async function makeCopy(original: Photo, purpose: PhotoPurpose): Promise<Photo> {
  const size = imageSize(original.bytes);
  const width = targetWidth(purpose);
  const usable = EVERYWHERE.has(original.mime) && imageOrientation(original.bytes) === 1;
  if (usable && size && (width === null || size.width <= width)) return original;
  try {
    const sharp = sharpModule();
    // A file cut short is refused, not printed with a grey band: the clerk is told which photo it is.
    const input = () => sharp(original.bytes, { limitInputPixels: MAX_PIXELS, failOn: 'truncated', animated: false }).autoOrient();
    const resized = () => (width === null ? input() : input().resize({ width, withoutEnlargement: true }));
    const { hasAlpha } = await sharp(original.bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    const quality = QUALITY[purpose === 'web' || purpose === 'full' ? purpose : 'print'];
    const jpeg = async (): Promise<Photo> => ({ bytes: await resized().jpeg({ quality }).toBuffer(), mime: 'image/jpeg' });
    let copy: Photo;
    if (!hasAlpha && (original.mime === 'image/jpeg' || original.mime === 'image/webp')) copy = await jpeg();
    else {
      copy = { bytes: await resized().png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer(), mime: 'image/png' };
      // A photo kept as PNG (a screenshot of one) would be several times a JPEG's size for nothing.
      if (!hasAlpha) {
        const asJpeg = await jpeg();
        if (copy.bytes.length > 3 * asJpeg.bytes.length) copy = asJpeg;
      }
    }
    return usable && copy.bytes.length >= original.bytes.length ? original : copy;
  } catch (error) {
    throw new UserError(photoFault(original.bytes, error));
  }
}
