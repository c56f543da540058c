import type { Node as PMNode } from 'prosemirror-model';
import { NODE } from './nodes.ts';
import { plainText } from './text.ts';
import { childOfType, forEachItem } from './items.ts';

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

/** The photo of each figure of a document that has one, with the figure. */
function figures(doc: PMNode, visit: (figure: PMNode, hash: string) => void): void {
  doc.descendants((node) => {
    if (node.type.name === NODE.figure && typeof node.attrs.photo === 'string' && node.attrs.photo) visit(node, node.attrs.photo);
    return !node.isTextblock;
  });
}

/** Content hashes of every photo the document shows. */
export function photoHashes(doc: PMNode): Set<string> {
  const found = new Set<string>();
  figures(doc, (_figure, hash) => found.add(hash));
  return found;
}

/** Pixel sizes of the photos as the figures record them, by hash (the editor lays out pages with these). */
export function figureSizes(doc: PMNode): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  figures(doc, ({ attrs: a }, hash) => {
    if (typeof a.width === 'number' && typeof a.height === 'number') sizes.set(hash, { width: a.width, height: a.height });
  });
  return sizes;
}

/**
 * Where each photo is, in words a clerk finds it by: `【学习掠影】中的照片“结业合影”`, `《开班》中的照片“…”`
 * for one in an article, or `【学习掠影】中的第 3 张照片` when it has no caption. A photo shown twice is
 * named by its first place.
 */
export function photoPlaces(doc: PMNode): Map<string, string> {
  const places = new Map<string, string>();
  let inSection = 0;
  forEachItem(doc, (item, { section, index }) => {
    if (index === 0) inSection = 0;
    const article = item.type.name === NODE.article;
    const titleNode = article ? childOfType(item, NODE.title) : null;
    const title = titleNode ? plainText(titleNode).trim() : '';
    const where = article ? `《${title || '无标题'}》` : String(section.attrs.heading ?? '');
    let inArticle = 0;
    const place = (node: PMNode) => {
      if (node.type.name !== NODE.figure) return;
      const n = article ? ++inArticle : ++inSection;
      const hash = node.attrs.photo;
      if (typeof hash !== 'string' || !hash || places.has(hash)) return;
      const caption = plainText(node).trim();
      places.set(hash, `${where}中的${caption ? `照片“${caption}”` : `第 ${n} 张照片`}`);
    };
    place(item);
    item.descendants((node) => (place(node), !node.isTextblock));
  });
  return places;
}
