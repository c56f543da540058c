import type { NodeSpec } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';
import { ID_ATTR, freshId, idDom } from './id-attr.ts';

/** An article: title, optional subtitle, body, and the byline printed after it. */
export const articleSpec: NodeSpec = {
  content: `${NODE.title} ${NODE.subtitle}? block+ ${NODE.byline}`,
  group: 'item',
  defining: true,
  isolating: true,
  attrs: { ...ID_ATTR },
  parseDOM: [{ tag: 'article.bj-article', getAttrs: freshId }],
  toDOM: (node) => ['article', { ...idDom(node.attrs), class: 'bj-article' }, 0],
};

/**
 * A 编者按: the editors' few paragraphs before an article, printed in 楷体 between rules, headed
 * 编者按： (the label is the print's and the editor's, never typed into the text).
 */
export const editorsNoteSpec: NodeSpec = {
  content: `${NODE.paragraph}+`,
  group: 'item',
  defining: true,
  isolating: true,
  attrs: { ...ID_ATTR },
  parseDOM: [{ tag: 'div.bj-editors-note', getAttrs: freshId }],
  toDOM: (node) => ['div', { ...idDom(node.attrs), class: 'bj-editors-note' }, 0],
};

/** A short untitled reflection of 【学习感悟】, signed by its author. */
export const reflectionSpec: NodeSpec = {
  content: `${NODE.paragraph}+ ${NODE.byline}`,
  group: 'item',
  defining: true,
  isolating: true,
  attrs: { ...ID_ATTR },
  parseDOM: [{ tag: 'div.bj-reflection', getAttrs: freshId }],
  toDOM: (node) => ['div', { ...idDom(node.attrs), class: 'bj-reflection' }, 0],
};
