import type { DocNode } from './doc.ts';
import { NODE } from './nodes.ts';
import { plainText } from './text.ts';

/** A photo is named by the SHA-256 of its bytes, never by a file or a web address. */
export const PHOTO_HASH = /^[0-9a-f]{64}$/;

/** Image types a briefing may carry; the type is read from the bytes, never from a name. */
export function sniffImageMime(bytes: Uint8Array): string | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x38) return 'image/gif';
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46 && b(8) === 0x57 && b(9) === 0x45) return 'image/webp';
  return null;
}

export const MAX_PHOTO_BYTES = 30 * 1024 * 1024;

/** Content hashes of every photo the document shows. */
export function photoHashes(doc: DocNode): Set<string> {
  const found = new Set<string>();
  const walk = (node: DocNode) => {
    if (node.type === NODE.figure && typeof node.attrs?.photo === 'string' && node.attrs.photo) found.add(node.attrs.photo);
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

/** Pixel sizes of the photos as the figures record them, by hash (the editor lays out pages with these). */
export function figureSizes(doc: DocNode): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  const walk = (node: DocNode) => {
    const a = node.attrs;
    if (node.type === NODE.figure && typeof a?.photo === 'string' && typeof a.width === 'number' && typeof a.height === 'number')
      sizes.set(a.photo, { width: a.width, height: a.height });
    node.content?.forEach(walk);
  };
  walk(doc);
  return sizes;
}

/**
 * Where each photo is, in words a clerk finds it by: `【学习掠影】中的照片“结业合影”`, `《开班》中的照片“…”`
 * for one in an article, or `【学习掠影】中的第 3 张照片` when it has no caption. A photo shown twice is
 * named by its first place.
 */
export function photoPlaces(doc: DocNode): Map<string, string> {
  const places = new Map<string, string>();
  for (const section of doc.content ?? []) {
    const heading = String(section.attrs?.heading ?? '');
    let inSection = 0;
    for (const item of section.content ?? []) {
      const title = plainText(item.content?.find((c) => c.type === NODE.title) ?? { type: NODE.text }).trim();
      const where = item.type === NODE.article ? `《${title || '无标题'}》` : heading;
      let inArticle = 0;
      const walk = (node: DocNode) => {
        if (node.type !== NODE.figure) return node.content?.forEach(walk);
        const n = item.type === NODE.article ? ++inArticle : ++inSection;
        const hash = node.attrs?.photo;
        if (typeof hash !== 'string' || !hash || places.has(hash)) return;
        const caption = plainText(node).trim();
        places.set(hash, `${where}中的${caption ? `照片“${caption}”` : `第 ${n} 张照片`}`);
      };
      walk(item);
    }
  }
  return places;
}
