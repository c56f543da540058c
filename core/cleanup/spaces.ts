import { CJK } from './chars.ts';
import type { ChangeCounts } from './tally.ts';

// The space before the next role of a byline (`文/张三 图/李四`) is part of it and stays.
const NOT_ROLE = '(?!(?:图文|文|图|摄影|摄)[/／])';
const beforeCjk = new RegExp(`[ \\t\\u00a0\\u3000]+(?=${CJK})${NOT_ROLE}`, 'gu');
const afterCjk = new RegExp(`(?<=${CJK})[ \\t\\u00a0\\u3000]+${NOT_ROLE}`, 'gu');

/**
 * No space between Chinese characters, nor between Chinese and digits or Latin words
 * (公文 practice); spaces between two Latin words stay.
 */
export function removeSpacesBesideChinese(text: string, tally?: ChangeCounts): string {
  const count = () => {
    if (tally) tally.spaces++;
    return '';
  };
  return text.replace(beforeCjk, count).replace(afterCjk, count).replace(/[ \t\u00a0\u3000]{2,}/gu, ' ').trim();
}
