/** A picture's size in pixels as it is shown: EXIF orientation applied (a portrait phone photo is taller than wide). */
export interface PixelSize {
  width: number;
  height: number;
}

interface Header extends PixelSize {
  /** EXIF orientation, 1 to 8; 1 when the file has none. */
  orientation: number;
}

/**
 * Pixel size of a PNG, JPEG, GIF or WebP image as it is shown, read from its header with its EXIF
 * orientation: the editor, the page view, the layout and the resampled copies all take a photo's
 * shape from here, so a phone photo stored landscape with orientation 6 is portrait everywhere.
 * Null when the header cannot be read.
 */
export function imageSize(bytes: Uint8Array): PixelSize | null {
  const header = readHeader(bytes);
  if (!header) return null;
  // Orientations 5 to 8 turn the picture a quarter: width and height change places.
  return header.orientation >= 5 ? { width: header.height, height: header.width } : { width: header.width, height: header.height };
}

/** The EXIF orientation of an image (1 to 8), 1 when it has none or cannot be read. */
export function imageOrientation(bytes: Uint8Array): number {
  return readHeader(bytes)?.orientation ?? 1;
}

function readHeader(bytes: Uint8Array): Header | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (i: number) => bytes[i] ?? -1;
  const ok = (width: number, height: number, orientation = 1): Header | null => (width > 0 && height > 0 ? { width, height, orientation } : null);
  try {
    if (at(0) === 0x89 && at(1) === 0x50) return ok(view.getUint32(16), view.getUint32(20), pngOrientation(bytes, view));
    if (at(0) === 0x47 && at(1) === 0x49) return ok(view.getUint16(6, true), view.getUint16(8, true));
    if (at(0) === 0x52 && at(8) === 0x57) {
      const kind = String.fromCharCode(at(12), at(13), at(14), at(15));
      if (kind === 'VP8 ') return ok(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
      if (kind === 'VP8L') {
        const b = view.getUint32(21, true);
        return ok((b & 0x3fff) + 1, ((b >> 14) & 0x3fff) + 1);
      }
      if (kind === 'VP8X')
        return ok(1 + (at(24) | (at(25) << 8) | (at(26) << 16)), 1 + (at(27) | (at(28) << 8) | (at(29) << 16)), webpOrientation(bytes, view));
      return null;
    }
    if (at(0) === 0xff && at(1) === 0xd8) {
      let orientation = 1;
      for (let i = 2; i + 9 < bytes.length; ) {
        if (at(i) !== 0xff) return null;
        const marker = at(i + 1);
        const length = view.getUint16(i + 2);
        // APP1 "Exif\0\0": a TIFF structure whose first directory may carry the orientation.
        if (marker === 0xe1 && String.fromCharCode(at(i + 4), at(i + 5), at(i + 6), at(i + 7)) === 'Exif')
          orientation = tiffOrientation(view, i + 10, i + 2 + length);
        // Start-of-frame markers carry the size (all SOFn but DHT, JPG and DAC).
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
          return ok(view.getUint16(i + 7), view.getUint16(i + 5), orientation);
        i += 2 + length;
      }
    }
  } catch {
    return null;
  }
  return null;
}

/** PNG's eXIf chunk, read among the chunks before the image data. */
function pngOrientation(bytes: Uint8Array, view: DataView): number {
  for (let i = 8; i + 8 <= bytes.length; ) {
    const length = view.getUint32(i);
    const type = String.fromCharCode(bytes[i + 4]!, bytes[i + 5]!, bytes[i + 6]!, bytes[i + 7]!);
    if (type === 'eXIf') return tiffOrientation(view, i + 8, i + 8 + length);
    if (type === 'IDAT' || type === 'IEND') break;
    i += 12 + length;
  }
  return 1;
}

/** WebP's EXIF chunk (an extended file's), with or without the "Exif\0\0" that some writers put before it. */
function webpOrientation(bytes: Uint8Array, view: DataView): number {
  for (let i = 12; i + 8 <= bytes.length; ) {
    const type = String.fromCharCode(bytes[i]!, bytes[i + 1]!, bytes[i + 2]!, bytes[i + 3]!);
    const length = view.getUint32(i + 4, true);
    if (type === 'EXIF') {
      const start = String.fromCharCode(bytes[i + 8]!, bytes[i + 9]!, bytes[i + 10]!, bytes[i + 11]!) === 'Exif' ? i + 14 : i + 8;
      return tiffOrientation(view, start, i + 8 + length);
    }
    i += 8 + length + (length & 1);
  }
  return 1;
}

/** The orientation tag (0x0112) of a TIFF structure's first directory; 1 when absent or out of range. */
function tiffOrientation(view: DataView, start: number, end: number): number {
  const order = view.getUint16(start);
  if (order !== 0x4949 && order !== 0x4d4d) return 1;
  const little = order === 0x4949;
  const directory = start + view.getUint32(start + 4, little);
  if (directory + 2 > end) return 1;
  const entries = view.getUint16(directory, little);
  for (let k = 0; k < entries; k++) {
    const entry = directory + 2 + k * 12;
    if (entry + 12 > end) break;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}
