import type { DocNode } from './doc.ts';
import { NODE } from './nodes.ts';

/** The text of a node, its blocks separated by newlines. */
export function plainText(node: DocNode): string {
  if (node.type === NODE.text) return node.text ?? '';
  const parts = (node.content ?? []).map(plainText);
  return parts.join(isTextblock(node) ? '' : '\n');
}

function isTextblock(node: DocNode): boolean {
  return (node.content ?? []).every((c) => c.type === NODE.text);
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
