import { call } from '../api/client.ts';
import { base64Bytes } from '../app/files.ts';

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

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('无法读取所选文件。'));
    reader.readAsDataURL(file);
  });
}

export interface StoredPhoto {
  hash: string;
  width: number | null;
  height: number | null;
}

/** Asks for an image file and stores it with the issue; null if the clerk cancels. */
export function pickAndStorePhoto(): Promise<StoredPhoto | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/png,image/jpeg,image/gif,image/webp';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      readAsBase64(file)
        .then((data) => call('putPhoto', { data }))
        .then(({ hash, width, height }) => resolve({ hash, width, height }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}
