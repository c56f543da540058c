import { pinyin } from 'pinyin-pro';
import shapes from '../../templates/proofread/similar-shapes.json' with { type: 'json' };

/** How a character written in place of another resembles it: the two slips a typist or a scanner makes. */
export type Likeness = 'sound' | 'shape';

const HAN = /^\p{Script=Han}$/u;
/** Numbers are never slips of one another: 十八大 is not 十九大 mistyped, nor 第一个 第二个. */
const NUMERAL = /^[〇零一二两三四五六七八九十百千万亿\d]$/u;

export const isNumeral = (ch: string | undefined): boolean => ch !== undefined && NUMERAL.test(ch);

const shapeGroups = new Map<string, Set<string>>();
for (const group of shapes.groups)
  for (const ch of group) shapeGroups.set(ch, new Set([...(shapeGroups.get(ch) ?? []), ...group]));

const readings = new Map<string, string[]>();
/** Every reading of a character without its tone: a pinyin input method offers all of them for one syllable. */
function readingsOf(ch: string): string[] {
  let r = readings.get(ch);
  if (!r) readings.set(ch, (r = pinyin(ch, { multiple: true, type: 'array', toneType: 'none' })));
  return r;
}

/** Whether `written` sounds or looks like `meant`, two different Chinese characters that are not numbers. */
export function alike(written: string, meant: string): Likeness | null {
  if (written === meant || !HAN.test(written) || !HAN.test(meant) || isNumeral(written) || isNumeral(meant)) return null;
  if (shapeGroups.get(meant)?.has(written)) return 'shape';
  const a = readingsOf(meant);
  return readingsOf(written).some((r) => a.includes(r)) ? 'sound' : null;
}
