import type { NodeSpec } from 'prosemirror-model';
import { REVISION_ATTR } from '../review/paragraph-marks.ts';
import { revisionDom, revisionFromDom } from './revision-attr.ts';

/** A body paragraph, which may carry a reviewer's change to its break (core/review/paragraph-marks.ts). */
export const paragraphSpec: NodeSpec = {
  content: 'inline*',
  group: 'block',
  attrs: { [REVISION_ATTR]: { default: null } },
  parseDOM: [{ tag: 'p', getAttrs: (el) => ({ [REVISION_ATTR]: revisionFromDom(el) }) }],
  toDOM: (node) => ['p', revisionDom(node.attrs), 0],
};
