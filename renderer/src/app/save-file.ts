import { downloadFile } from './files.ts';

/** What the clerk is told once a file is saved, and where it went when that is known. */
export interface Saved {
  /** `已保存到 …` / `已下载 …`, for the dialog. */
  message: string;
  /** The desktop app's path, for 打开所在文件夹; known only once its save dialog is done. */
  path: string | null;
}

/** The browser's save dialog (File System Access API), where it has one (Chrome, Edge); not in the desktop app, which has its own. */
interface SavePicker {
  showSaveFilePicker(options: { suggestedName: string; types?: { description: string; accept: Record<string, string[]> }[] }): Promise<{
    name: string;
    createWritable(): Promise<{ write(data: BlobPart): Promise<void>; close(): Promise<void> }>;
  }>;
}

export const canSaveAs = (): boolean => !window.jianbao && 'showSaveFilePicker' in window;

/**
 * 另存为 in the browser: the clerk picks the folder and may change the name, and the file is written
 * there. Null when the clerk cancels the dialog.
 */
export async function saveAs(fileName: string, content: BlobPart, type: string, description: string): Promise<Saved | null> {
  const extension = /\.[^.]+$/u.exec(fileName)?.[0] ?? '';
  let handle;
  try {
    handle = await (window as unknown as SavePicker).showSaveFilePicker({ suggestedName: fileName, types: [{ description, accept: { [type]: [extension] } }] });
  } catch (e) {
    if ((e as Error).name === 'AbortError') return null;
    throw e;
  }
  const writable = await handle.createWritable();
  await writable.write(new Blob([content], { type }));
  await writable.close();
  return { message: `已保存为《${handle.name}》，在你选择的文件夹中。`, path: null };
}

/**
 * 保存: in the desktop app through its save dialog, which picks the folder (the path comes back
 * through `onDownloaded`); in a browser as a download, into its downloads folder, and said so.
 */
export function saveByDownload(fileName: string, content: BlobPart, type: string): Saved {
  downloadFile(fileName, content, type);
  return window.jianbao
    ? { message: `请在保存对话框中选择文件夹；《${fileName}》保存后可“打开所在文件夹”。`, path: null }
    : { message: `已下载《${fileName}》，在浏览器的“下载”文件夹中（浏览器的下载列表可打开它）。`, path: null };
}
