import { useCallback, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Template } from '../../../core/model/template.ts';
import type { Notify } from '../app/notices.ts';
import { pickPhotoFiles, storePhotos } from './photos.ts';
import { insertPhotos, photoTargetAt, type PhotoTarget } from './photo-insert.ts';

const STILL_BUSY = '上一批照片还在插入，请稍候再试。';

export interface PhotoInsertion {
  /** `正在插入照片 3/12…` while files are stored; null otherwise. */
  progress: string | null;
  /** Asks for image files (several in one dialog) and puts them at `target`. */
  pickAndInsert: (target: PhotoTarget | null) => Promise<void>;
  /** Puts files (dropped ones) at `target`. */
  insertFiles: (files: readonly File[], target: PhotoTarget | null) => Promise<void>;
}

/**
 * 插入照片, the photo slots and files dropped on the page: the files are stored one by one by the
 * Node side (which reads and resamples them) while the editor goes on taking keys, then all go in
 * as one undoable step, in the order chosen. A file that is not an image is named in a message; the
 * others go in all the same.
 */
export function usePhotoInsertion(editor: Editor | null, template: Template, notify: Notify): PhotoInsertion {
  const [progress, setProgress] = useState<string | null>(null);
  const busy = useRef(false);

  const insertFiles = useCallback(
    async (files: readonly File[], target: PhotoTarget | null) => {
      if (!editor || !files.length) return;
      if (busy.current) return notify(STILL_BUSY);
      busy.current = true;
      try {
        const batch = await storePhotos(files, (i, n) => setProgress(`正在插入照片 ${i + 1}/${n}…`));
        // The place chosen may have gone while the files were stored (its item deleted): then where the caret is now.
        const placed = (target && insertPhotos(editor, target, batch.stored)) || insertAtCaret();
        if (!placed && batch.stored.length) notify('照片已保存，但没有可以放照片的栏目。');
        if (batch.failed.length)
          notify(files.length === 1 ? batch.failed[0]! : `已插入 ${batch.stored.length} 张照片；${batch.failed.length} 个文件未插入：${batch.failed.join(' ')}`);
        function insertAtCaret(): boolean {
          const here = photoTargetAt(editor!, template, editor!.state.selection.$from);
          return here !== null && insertPhotos(editor!, here, batch.stored);
        }
      } finally {
        busy.current = false;
        setProgress(null);
      }
    },
    [editor, template, notify],
  );

  const pickAndInsert = useCallback(
    async (target: PhotoTarget | null) => {
      if (busy.current) return notify(STILL_BUSY);
      const files = await pickPhotoFiles();
      await insertFiles(files, target);
    },
    [insertFiles, notify],
  );

  return { progress, pickAndInsert, insertFiles };
}
