/**
 * A structure of the file points outside its stream, counts more than the stream holds, or has a
 * value the format does not allow: the file is damaged (or made to harm). The reader turns it into
 * the clerk's message naming the file.
 */
export class BrokenDoc extends Error {
  override readonly name = 'BrokenDoc';
}

/**
 * One stream of the file, read only through checked offsets: every count and offset the file gives
 * is a claim, and a claim past the end stops the reading instead of looping or allocating on it.
 */
export class Bytes {
  private readonly view: DataView;

  constructor(
    readonly data: Uint8Array,
    readonly what: string,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get length(): number {
    return this.data.length;
  }

  /** Throws unless `count` bytes from `at` lie inside the stream. */
  check(at: number, count: number): void {
    if (!Number.isInteger(at) || !Number.isInteger(count) || at < 0 || count < 0 || at + count > this.data.length)
      throw new BrokenDoc(`${this.what}: ${count} bytes at ${at} lie outside its ${this.data.length} bytes`);
  }

  has(at: number, count: number): boolean {
    return Number.isInteger(at) && Number.isInteger(count) && at >= 0 && count >= 0 && at + count <= this.data.length;
  }

  u8(at: number): number {
    this.check(at, 1);
    return this.data[at]!;
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }

  i16(at: number): number {
    this.check(at, 2);
    return this.view.getInt16(at, true);
  }

  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }

  i32(at: number): number {
    this.check(at, 4);
    return this.view.getInt32(at, true);
  }

  /** A view (not a copy) of `count` bytes from `at`. */
  slice(at: number, count: number): Uint8Array {
    this.check(at, count);
    return this.data.subarray(at, at + count);
  }

  /** `count` UTF-16 code units from `at`. */
  utf16(at: number, count: number): string {
    return utf16(this.slice(at, count * 2));
  }
}

const UTF16 = new TextDecoder('utf-16le');
export const utf16 = (bytes: Uint8Array): string => UTF16.decode(bytes);
