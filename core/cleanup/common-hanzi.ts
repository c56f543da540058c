/**
 * The 3,755 characters of GB 2312's first level, the common characters of modern Chinese, read
 * from the GB 2312 code table itself (0xB0A1–0xD7F9) so that no list is kept by hand. Text decoded
 * with the wrong encoding is made almost entirely of characters outside it.
 */
let level1: Uint8Array | null = null;

/** Whether the character with this code point is one of them: a table indexed by code point (all of them lie in the BMP). */
export function isCommonHanzi(code: number): boolean {
  if (!level1) {
    const bytes: number[] = [];
    for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
    level1 = new Uint8Array(0x10000);
    for (const ch of new TextDecoder('gb18030').decode(new Uint8Array(bytes))) level1[ch.charCodeAt(0)] = 1;
  }
  return code < 0x10000 && level1[code] === 1;
}
