import { Bytes } from './bytes.ts';

/** A picture as the Data stream holds it, or what kind of picture it is where its bytes are not kept. */
export type PictureData = { bytes: Uint8Array; mime: string; widthPt?: number; heightPt?: number } | { unsupported: string };

const PICF_SIZE = 0x44;
const MM_SHAPEFILE = 0x0066;
/** OfficeArt record types ([MS-ODRAW] 2.2): the shape container, the blip store entry, and the blips. */
const SP_CONTAINER = 0xf004;
const FBSE = 0xf007;
const BLIPS: Record<number, string> = {
  0xf01a: 'EMF',
  0xf01b: 'WMF',
  0xf01c: 'PICT',
  0xf01d: 'image/jpeg',
  0xf01e: 'image/png',
  0xf01f: 'image/bmp',
  0xf029: 'TIFF',
  0xf02a: 'image/jpeg',
};

/** A device-independent bitmap as a .bmp file: the 14-byte file header Word leaves out. */
function bmpFile(dib: Uint8Array): Uint8Array {
  const header = new Uint8Array(14);
  const view = new DataView(header.buffer);
  const info = dib.length >= 4 ? new DataView(dib.buffer, dib.byteOffset, dib.byteLength).getUint32(0, true) : 40;
  const bpp = dib.length >= 16 ? new DataView(dib.buffer, dib.byteOffset, dib.byteLength).getUint16(14, true) : 24;
  const colors = dib.length >= 36 ? new DataView(dib.buffer, dib.byteOffset, dib.byteLength).getUint32(32, true) : 0;
  const palette = (colors || (bpp <= 8 ? 1 << bpp : 0)) * 4;
  header.set([0x42, 0x4d]);
  view.setUint32(2, 14 + dib.length, true);
  view.setUint32(10, 14 + info + palette, true);
  const out = new Uint8Array(14 + dib.length);
  out.set(header);
  out.set(dib, 14);
  return out;
}

/** The bytes of one blip record at `at`, or the kind of picture it is. */
export function readBlip(data: Bytes, at: number, end: number): PictureData | null {
  if (at + 8 > end) return null;
  const instance = data.u16(at) >> 4;
  const type = data.u16(at + 2);
  const size = data.u32(at + 4);
  const kind = BLIPS[type];
  if (!kind || at + 8 + size > end) return null;
  if (!kind.startsWith('image/')) return { unsupported: kind };
  // An odd instance means a second 16-byte id after the first; a 1-byte tag follows them.
  const skip = 16 * (instance & 1 ? 2 : 1) + 1;
  if (size <= skip) return null;
  const bytes = data.slice(at + 8 + skip, size - skip);
  return { bytes: kind === 'image/bmp' ? bmpFile(bytes) : bytes.slice(), mime: kind };
}

/**
 * An inline picture (the special character 0x01): its PICF header in the Data stream at `location`
 * ([MS-DOC] 2.9.192 PICFAndOfficeArtData), the shape, then the blip store entry holding the image.
 */
export function readPicture(data: Bytes | null, location: number): PictureData | null {
  if (!data || !data.has(location, PICF_SIZE)) return null;
  const lcb = data.u32(location);
  const cbHeader = data.u16(location + 4);
  if (cbHeader !== PICF_SIZE || lcb < cbHeader || !data.has(location, lcb)) return null;
  const end = location + lcb;
  const mm = data.i16(location + 6);
  const dxaGoal = data.i16(location + 28);
  const dyaGoal = data.i16(location + 30);
  const mx = data.u16(location + 32);
  const my = data.u16(location + 34);
  let at = location + PICF_SIZE;
  if (mm === MM_SHAPEFILE) at += 1 + data.u8(at);
  const size = (goal: number, scale: number) => (goal > 0 && scale > 0 ? Math.round((goal * scale) / 1000 / 20) : undefined);
  const shown = { widthPt: size(dxaGoal, mx), heightPt: size(dyaGoal, my) };
  while (at + 8 <= end) {
    const type = data.u16(at + 2);
    const recLen = data.u32(at + 4);
    if (type === SP_CONTAINER) {
      at += 8 + recLen;
      continue;
    }
    if (type === FBSE) {
      const cbName = data.u8(at + 8 + 33);
      const blip = readBlip(data, at + 8 + 36 + cbName, Math.min(end, at + 8 + recLen));
      if (!blip) return null;
      return 'bytes' in blip ? { ...blip, ...shown } : blip;
    }
    const blip = readBlip(data, at, end);
    if (blip) return 'bytes' in blip ? { ...blip, ...shown } : blip;
    return null;
  }
  return null;
}
