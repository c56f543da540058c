import { call } from '../api/client.ts';
import { base64Bytes, fileBase64, pickFile } from '../app/files.ts';

const urls = new Map<string, Promise<string>>();

/** A blob: address for a stored photo, fetched once per session. */
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

/** Asks for an image file and stores it with the issue; null if the clerk cancels. */
export async function pickAndStorePhoto(): Promise<StoredPhoto | null> {
  const file = await pickFile('image/png,image/jpeg,image/gif,image/webp');
  if (!file) return null;
  const { hash, width, height } = await call('putPhoto', { data: await fileBase64(file) });
  return { hash, width, height };
}
