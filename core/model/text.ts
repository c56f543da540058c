import type { Node as PMNode } from 'prosemirror-model';

/** The text of a node, its blocks separated by newlines. */
export function plainText(node: PMNode): string {
  if (node.isTextblock || node.isText) return node.textContent;
  const parts: string[] = [];
  node.forEach((child) => parts.push(plainText(child)));
  return parts.join('\n');
}

/** How much of its text names an untitled item (a reflection in the 大纲, a submission without a title). */
const OPENING_CHARS = 16;

/** The first words of a text, with `…` where it goes on: the name of something that has no title. */
export function openingWords(text: string): string {
  const t = text.trim();
  return t.length > OPENING_CHARS ? `${t.slice(0, OPENING_CHARS)}…` : t;
}

const LATIN_RUN = /[A-Za-z0-9][A-Za-z0-9.,'’%\-]*/g;

/**
 * 字数 as Word and WPS count it for Chinese text: each Chinese character and each
 * full-width mark is one, a run of Latin letters or digits is one word, spaces are nothing.
 */
export function countChars(text: string): number {
  let latinWords = 0;
  const rest = text.replace(LATIN_RUN, () => {
    latinWords++;
    return '';
  });
  return latinWords + rest.replace(/\s/gu, '').length;
}
