import { call, errorText } from '../api/client.ts';
import { base64Bytes, fileBase64, pickFiles } from '../app/files.ts';
import { MAX_PHOTO_BYTES } from '../../../core/model/photo.ts';

const urls = new Map<string, Promise<string>>();

/** A blob: address for a stored photo's screen copy, fetched once per session. */
export function photoUrl(hash: string): Promise<string> {
  let url = urls.get(hash);
  if (!url) {
    url = call('getPhoto', { hash }).then(({ data, mime }) => URL.createObjectURL(new Blob([base64Bytes(data)], { type: mime })));
    url.catch(() => urls.delete(hash));
    urls.set(hash, url);
  }
  return url;
}

export interface StoredPhoto {
  hash: string;
  width: number | null;
  height: number | null;
}

/** What the dialog offers; a file of another kind (chosen with 所有文件, or dropped) is refused by the Node side, which reads its bytes. */
const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';

/** Asks for image files, several in one dialog; none if the clerk cancels. */
export const pickPhotoFiles = (): Promise<File[]> => pickFiles(IMAGE_TYPES);

/** Whether a dropped file says it is a picture (its bytes decide in the end). */
export const looksLikeImage = (file: File): boolean => file.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|heic|heif)$/iu.test(file.name);

export interface PhotoBatch {
  /** The photos stored, in the order given. */
  stored: StoredPhoto[];
  /** One message per file that did not go in, naming it. */
  failed: string[];
}

/**
 * Stores the files one after another, in the order given (the Node side reads, checks and resamples
 * each; the page only waits). A file that is not a usable image gets its own message; the others
 * go in. `progress` hears before each file.
 */
export async function storePhotos(files: readonly File[], progress: (index: number, total: number) => void): Promise<PhotoBatch> {
  const batch: PhotoBatch = { stored: [], failed: [] };
  for (const [i, file] of files.entries()) {
    progress(i, files.length);
    if (file.size > MAX_PHOTO_BYTES) {
      batch.failed.push(`“${file.name}”：图片超过 30 MB，请先压缩后再插入。`);
      continue;
    }
    try {
      const { hash, width, height } = await call('putPhoto', { data: await fileBase64(file) });
      batch.stored.push({ hash, width, height });
    } catch (e) {
      batch.failed.push(`“${file.name}”：${errorText(e)}`);
    }
  }
  return batch;
}
