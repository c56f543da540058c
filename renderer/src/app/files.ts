/** The bytes of base64 text, as the Node side sends files (a DOCX, a backup, a photo). */
export function base64Bytes(data: string): Uint8Array<ArrayBuffer> {
  const bin = atob(data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Offers a file to save; Electron shows its save dialog for it, a browser its download. */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function chooseFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.addEventListener('change', () => resolve([...(input.files ?? [])]));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

/** Asks for files, several in one dialog, in the order the dialog gives them; none when the clerk cancels. */
export const pickFiles = (accept: string): Promise<File[]> => chooseFiles(accept, true);

/** Asks for a file; null when the clerk cancels. */
export const pickFile = async (accept: string): Promise<File | null> => (await chooseFiles(accept, false))[0] ?? null;

/** Asks for a file and reads it as text; null when the clerk cancels. */
export async function pickTextFile(accept: string): Promise<string | null> {
  const file = await pickFile(accept);
  return file ? file.text().catch(() => Promise.reject(new Error('无法读取所选文件。'))) : null;
}

/** A file's bytes as base64, as the Node side takes them. */
export function fileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`无法读取“${file.name}”。`));
    reader.readAsDataURL(file);
  });
}
