import { CJK } from './chars.ts';

const beforeCjk = new RegExp(`[ \\t\\u00a0\\u3000]+(?=${CJK})`, 'gu');
const afterCjk = new RegExp(`(?<=${CJK})[ \\t\\u00a0\\u3000]+`, 'gu');

/**
 * No space between Chinese characters, nor between Chinese and digits or Latin words
 * (公文 practice); spaces between two Latin words stay.
 */
export function removeSpacesBesideChinese(text: string): string {
  return text.replace(beforeCjk, '').replace(afterCjk, '').replace(/[ \t\u00a0\u3000]{2,}/gu, ' ').trim();
}
