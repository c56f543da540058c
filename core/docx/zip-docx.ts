import { Packer, type File } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { PHOTO_HASH } from '../model/photo.ts';
import type { PhotoBytes } from '../layout/printable-issue.ts';

/** A part written over the one docx makes (the fonts, the styles). */
export interface PartOverride {
  path: string;
  data: string;
}

/** One part of the package, to be zipped. */
export interface DocxPart {
  path: string;
  data: Uint8Array;
  /** A picture, compressed already: stored as it is, as DEFLATE gains nothing on it and costs most of the zipping. */
  stored: boolean;
}

/** Zips a package's parts, in their order, into the file. */
export type ZipParts = (parts: readonly DocxPart[]) => Uint8Array;

/** fflate's zip, which runs anywhere; the Node side zips with zlib instead (electron/node/service/zip-parts.ts), several times faster on a cold start. */
export const zipWithFflate: ZipParts = (parts) => zipSync(Object.fromEntries(parts.map((p) => [p.path, [p.data, { level: p.stored ? 0 : 6 }]])));

/**
 * docx's compiler: the first half of its Packer, every part of the package by its path, not yet
 * zipped. Not in docx's typings (a private static); the Packer's own zip deflates every part,
 * pictures too, so the package is zipped here instead.
 */
const compiler = (Packer as unknown as { compiler: { compile(file: File, prettify: undefined, overrides: readonly PartOverride[]): Map<string, string | Uint8Array> } }).compiler;

const latin1 = new TextDecoder('latin1');

/**
 * A photo as docx is given it: its content hash, not its bytes. docx names each picture by a SHA-1 of
 * its data computed in JavaScript (tens of milliseconds for an issue's photos); the hash names the
 * photo already, and `docxParts` puts the bytes in its place.
 */
export const photoStandIn = (hash: string): Uint8Array => strToU8(hash);

/** The parts of a document's package, each photo's stand-in replaced by its bytes. */
export function docxParts(document: File, overrides: readonly PartOverride[], photos: PhotoBytes): DocxPart[] {
  return [...compiler.compile(document, undefined, overrides)].map(([path, data]) => {
    if (typeof data === 'string') return { path, data: strToU8(data), stored: false };
    const hash = data.length === 64 ? latin1.decode(data) : '';
    const bytes = PHOTO_HASH.test(hash) ? photos(hash)?.bytes : data;
    if (!bytes) throw new Error(`照片 ${hash} 在写入时已不可用`);
    return { path, data: bytes, stored: true };
  });
}
