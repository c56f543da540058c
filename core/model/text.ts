import type { Node as PMNode } from 'prosemirror-model';

/** The text of a node, its blocks separated by newlines. */
export function plainText(node: PMNode): string {
  if (node.isTextblock || node.isText) return node.textContent;
  const parts: string[] = [];
  node.forEach((child) => parts.push(plainText(child)));
  return parts.join('\n');
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
