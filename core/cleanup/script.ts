import { Converter } from 'opencc-js/t2cn';
import type { ChangeCounts } from './tally.ts';

/** Traditional characters of Taiwan, Hong Kong and old texts to the simplified standard (OpenCC). */
let toCn: ((text: string) => string) | null = null;
/** Built on first use: its dictionary takes a moment to load, which the app's start should not wait for. */
const converter = () => (toCn ??= Converter({ from: 't', to: 'cn' }));

/** Pinyin readings inserted after characters by web pages: `網(wǎng)易` → `網易`. */
const SYLLABLE = '[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[1-5]?';
const PINYIN = new RegExp(`(?<=\\p{Script=Han})[(（](${SYLLABLE}(?:\\s+${SYLLABLE}){0,5})[)）]`, 'gu');

export function removePinyin(text: string, tally?: ChangeCounts): string {
  return text.replace(PINYIN, (m, reading: string) => {
    // Only readings with a tone mark or a tone number: `(AI)` or `(PDCA)` after a word stay.
    if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]|[a-z][1-5](\s|$)/u.test(reading)) return m;
    if (tally) tally.pinyin++;
    return '';
  });
}

export function toSimplified(text: string, tally?: ChangeCounts): string {
  const out = converter()(text);
  if (tally && out !== text) for (let i = 0; i < Math.min(out.length, text.length); i++) if (out[i] !== text[i]) tally.simplified++;
  return out;
}
