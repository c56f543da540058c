/** Pixel size of a PNG, JPEG, GIF or WebP image, read from its header; null when it cannot be read. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (i: number) => bytes[i] ?? -1;
  const ok = (s: { width: number; height: number }) => (s.width > 0 && s.height > 0 ? s : null);
  try {
    if (at(0) === 0x89 && at(1) === 0x50) return ok({ width: view.getUint32(16), height: view.getUint32(20) });
    if (at(0) === 0x47 && at(1) === 0x49) return ok({ width: view.getUint16(6, true), height: view.getUint16(8, true) });
    if (at(0) === 0x52 && at(8) === 0x57) {
      const kind = String.fromCharCode(at(12), at(13), at(14), at(15));
      if (kind === 'VP8 ') return ok({ width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff });
      if (kind === 'VP8L') {
        const b = view.getUint32(21, true);
        return ok({ width: (b & 0x3fff) + 1, height: ((b >> 14) & 0x3fff) + 1 });
      }
      if (kind === 'VP8X') return ok({ width: 1 + (at(24) | (at(25) << 8) | (at(26) << 16)), height: 1 + (at(27) | (at(28) << 8) | (at(29) << 16)) });
      return null;
    }
    if (at(0) === 0xff && at(1) === 0xd8) {
      for (let i = 2; i + 9 < bytes.length; ) {
        if (at(i) !== 0xff) return null;
        const marker = at(i + 1);
        const length = view.getUint16(i + 2);
        // Start-of-frame markers carry the size (all SOFn but DHT, JPG and DAC).
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
          return ok({ width: view.getUint16(i + 7), height: view.getUint16(i + 5) });
        i += 2 + length;
      }
    }
  } catch {
    return null;
  }
  return null;
}
