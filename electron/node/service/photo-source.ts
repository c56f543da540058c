import { UserError } from '../../../core/api/user-error.ts';
import { imageSize, type PixelSize } from '../../../core/model/image-size.ts';
import { printPixels, type PhotoPurpose } from '../../../core/layout/photo-sizes.ts';
import type { Photo, PhotoBytes, PhotoSource, PreparedPhotos } from '../../../core/layout/printable-issue.ts';
import { makeCopy } from './photo-copies.ts';

/** Copies made before, kept so that a second export is fast (the store's photo_copies, or memory for one command). */
export interface CopyCache {
  get(hash: string, purpose: PhotoPurpose): Photo | null;
  put(hash: string, purpose: PhotoPurpose, copy: Photo): void;
}

/** A cache for one run of a command: nothing outlives it. */
export function memoryCache(): CopyCache {
  const copies = new Map<string, Photo>();
  return {
    get: (hash, purpose) => copies.get(`${hash} ${purpose}`) ?? null,
    put: (hash, purpose, copy) => void copies.set(`${hash} ${purpose}`, copy),
  };
}

/** Copies made at once: each holds a decoded picture, and two keep both cores busy. */
const AT_ONCE = 2;

export interface SourceOptions {
  /** Embed every photo whole (upright), as the clerk may ask for a print shop; else sized for print or the screen. */
  full?: boolean;
}

/**
 * Photos for exports from their originals: the layout takes each one's shape from its original,
 * and the DOCX, the PDF and the 公众号 post embed copies sized for them, made when missing and
 * kept in `cache`. A photo that cannot be made is left out and named among the problems.
 */
export function photoSource(originals: PhotoBytes, cache: CopyCache, { full = false }: SourceOptions = {}): PhotoSource {
  const sizes = new Map<string, PixelSize | null>();
  const size = (hash: string) => {
    if (!sizes.has(hash)) {
      const original = originals(hash);
      sizes.set(hash, original ? imageSize(original.bytes) : null);
    }
    return sizes.get(hash)!;
  };

  async function prepare(wanted: Map<string, PhotoPurpose>, places: ReadonlyMap<string, string>): Promise<PreparedPhotos> {
    const ready = new Map<string, Photo>();
    /** Photos embedded as a copy rather than as they were. */
    const madeFrom = new Set<string>();
    const problems: string[] = [];
    const queue = [...wanted];
    const work = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [hash, purpose] = next;
        if (!size(hash)) continue; // missing or unreadable: the layout has said so already
        try {
          let copy = cache.get(hash, purpose);
          if (copy) madeFrom.add(hash);
          else {
            const original = originals(hash)!;
            copy = await makeCopy(original, purpose);
            if (copy !== original) {
              cache.put(hash, purpose, copy);
              madeFrom.add(hash);
            }
          }
          ready.set(hash, copy);
        } catch (e) {
          const place = places.get(hash) ?? '一张照片';
          problems.push(`${place}未印出：${e instanceof UserError ? e.message : '图片无法处理'}。`);
        }
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, work));
    const embedded = [...ready].map(([hash, copy]) => ({ place: places.get(hash) ?? '照片', bytes: copy.bytes.length, full, resampled: !full && madeFrom.has(hash) }));
    return { photos: (hash) => ready.get(hash) ?? null, embedded, problems };
  }

  return {
    size,
    forPrint: (widths, places) => prepare(new Map([...widths].map(([hash, widthPt]) => [hash, full ? 'full' : `print-${printPixels(widthPt)}`])), places),
    forWeb: (hashes, places) => prepare(new Map([...hashes].map((hash) => [hash, full ? 'full' : 'web'])), places),
  };
}
