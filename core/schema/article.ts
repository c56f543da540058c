import { Node, mergeAttributes } from '@tiptap/core';
import { NODE } from '../model/nodes.ts';
import { idAttribute } from './id-attr.ts';

/** An article: title, optional subtitle, body, and the byline printed after it. */
export const Article = Node.create({
  name: NODE.article,
  group: 'item',
  content: `${NODE.title} ${NODE.subtitle}? block+ ${NODE.byline}`,
  isolating: true,
  defining: true,
  addAttributes: () => ({ ...idAttribute }),
  parseHTML: () => [{ tag: 'article.bj-article' }],
  renderHTML: ({ HTMLAttributes }) => ['article', mergeAttributes(HTMLAttributes, { class: 'bj-article' }), 0],
});

/** A short untitled reflection of 【学习感悟】, signed by its author. */
export const Reflection = Node.create({
  name: NODE.reflection,
  group: 'item',
  content: `${NODE.paragraph}+ ${NODE.byline}`,
  isolating: true,
  defining: true,
  addAttributes: () => ({ ...idAttribute }),
  parseHTML: () => [{ tag: 'div.bj-reflection' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { class: 'bj-reflection' }), 0],
});
