import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { trackChanges } from '../../../../core/review/track-changes.ts';
import { newId } from '../../../../core/model/ids.ts';
import { replyAuthor } from './reply-author.ts';

export interface SuggestModeStorage {
  on: boolean;
}

/** 修订模式: while on, what is typed or deleted in a paragraph becomes a suggestion under the clerk's name. */
export const SuggestMode = Extension.create<object, SuggestModeStorage>({
  name: 'suggestMode',
  addStorage: () => ({ on: false }),
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin({
        key: new PluginKey('suggestMode'),
        appendTransaction: (trs, before, after) =>
          storage.on ? trackChanges(trs, before, after, { author: replyAuthor(), date: new Date().toISOString(), newId: () => newId().slice(0, 8) }) : null,
      }),
    ];
  },
});
