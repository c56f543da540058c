import { Extension } from '@tiptap/core';
import { findPlugin } from './find-plugin.ts';

export const Find = Extension.create({
  name: 'find',
  addProseMirrorPlugins: () => [findPlugin()],
});
