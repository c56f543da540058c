/**
 * The 3,755 characters of GB 2312's first level, the common characters of modern Chinese, read
 * from the GB 2312 code table itself (0xB0A1–0xD7F9) so that no list is kept by hand. Text decoded
 * with the wrong encoding is made almost entirely of characters outside it.
 */
let level1: Set<string> | null = null;

export function isCommonHanzi(ch: string): boolean {
  if (!level1) {
    const bytes: number[] = [];
    for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
    level1 = new Set(new TextDecoder('gb18030').decode(new Uint8Array(bytes)));
  }
  return level1.has(ch);
}
