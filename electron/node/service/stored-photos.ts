import type { Store } from '../store/store.ts';
import { checkedImage, photoHash } from '../store/photos-repo.ts';
import { UserError } from '../../../core/api/user-error.ts';
import { imageSize, type PixelSize } from '../../../core/model/image-size.ts';
import type { Photo, PhotoSource } from '../../../core/layout/printable-issue.ts';
import { checkDecodes, makeCopy } from './photo-copies.ts';
import { photoSource, type SourceOptions } from './photo-source.ts';

export interface StoredPhoto extends PixelSize {
  hash: string;
  mime: string;
}

/**
 * Stores an image with the issue: its original, kept for the 公众号 and an export at full quality,
 * and its screen copy (the editor shows it; making it proves the picture decodes). Returns its
 * hash and its size as shown (EXIF orientation applied). What is not a usable image throws a
 * UserError saying why; nothing is stored then. Inserted photos and photos brought in with a
 * contribution both come in here.
 */
export async function storePhoto(store: Store, bytes: Uint8Array): Promise<StoredPhoto> {
  const mime = checkedImage(bytes);
  const size = imageSize(bytes);
  if (!size) throw new UserError('图片已损坏或无法读取，请重新导出或换一张照片。');
  const hash = photoHash(bytes);
  const original = { bytes, mime };
  const screen = store.photoCopies.get(hash, 'web') ?? (await screenCopy(original));
  // Making the copy decoded the picture; one small enough to be its own copy is decoded here.
  if (screen === original) await checkDecodes(bytes).catch(asSentence);
  store.transaction(() => {
    store.photos.put(bytes);
    if (screen !== original) store.photoCopies.put(hash, 'web', screen);
  });
  return { hash, mime, ...size };
}

/** A reason from photo-copies.ts, said on its own: a sentence. */
function asSentence(e: unknown): never {
  throw e instanceof UserError ? new UserError(`${e.message}。`) : e;
}

/** The copy the editor shows; a photo that cannot be made one throws the reason as a sentence. */
const screenCopy = (original: Photo): Promise<Photo> => makeCopy(original, 'web').catch(asSentence);

/** The picture the editor and the page view show: the screen copy, made when missing (a photo stored by an older version). */
export async function screenPhoto(store: Store, hash: string): Promise<Photo> {
  const original = store.photos.get(hash);
  if (!original) throw new UserError('照片不存在。');
  const kept = store.photoCopies.get(hash, 'web');
  if (kept) return kept;
  const photo = { bytes: original.data, mime: original.mime };
  const copy = await screenCopy(photo);
  if (copy !== photo) store.photoCopies.put(hash, 'web', copy);
  return copy;
}

/** The store's photos for an export: copies kept in the store, made when missing. */
export function storedPhotoSource(store: Store, options: SourceOptions = {}): PhotoSource {
  return photoSource(
    (hash) => {
      const photo = store.photos.get(hash);
      return photo ? { bytes: photo.data, mime: photo.mime } : null;
    },
    store.photoCopies,
    options,
  );
}
