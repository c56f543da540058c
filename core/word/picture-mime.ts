import { sniffImageMime } from '../model/photo.ts';

/**
 * What kind of picture a .docx or .doc holds, from its bytes: the kinds a briefing prints (JPEG,
 * PNG, GIF, WebP), and those an office draws but a briefing cannot keep (BMP, TIFF, EMF, WMF), named
 * so that the clerk can be told which one is missing.
 */
export function pictureMime(bytes: Uint8Array): string {
  const known = sniffImageMime(bytes);
  if (known) return known;
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x42 && b(1) === 0x4d) return 'image/bmp';
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a) || (b(0) === 0x4d && b(1) === 0x4d && b(3) === 0x2a)) return 'image/tiff';
  if (b(0) === 0x01 && b(1) === 0 && b(40) === 0x20 && b(41) === 0x45 && b(42) === 0x4d && b(43) === 0x46) return 'image/emf';
  if ((b(0) === 0xd7 && b(1) === 0xcd && b(2) === 0xc6 && b(3) === 0x9a) || (b(0) === 0x01 && b(1) === 0 && b(2) === 0x09 && b(3) === 0)) return 'image/wmf';
  return 'application/octet-stream';
}
