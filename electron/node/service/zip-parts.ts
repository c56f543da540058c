import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipParts } from '../../../core/docx/zip-docx.ts';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** General purpose flag 11: the names are UTF-8. */
const UTF8 = 0x0800;

/** The time of day and the date as a zip entry carries them (MS-DOS format, local time). */
function dosTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

/**
 * A package zipped with Node's zlib: native DEFLATE and CRC-32, where fflate's JavaScript takes
 * several times longer on the command line's cold start. The container is the plain one of PKWARE's
 * APPNOTE (no data descriptors, no ZIP64: a briefing's parts are far below 4 GB), as Word writes it.
 */
export const zipWithZlib: ZipParts = (parts) => {
  const { time, date } = dosTime(new Date());
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.path, 'utf8');
    const data = part.stored ? part.data : deflateRawSync(part.data, { level: 6 });
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed: 2.0
      header.writeUInt16LE(UTF8, at + 2);
      header.writeUInt16LE(part.stored ? 0 : 8, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(crc32(part.data), at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(part.data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
};
