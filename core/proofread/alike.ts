import { pinyin } from 'pinyin-pro';
import shapes from '../../templates/proofread/similar-shapes.json' with { type: 'json' };
import endings from '../../templates/proofread/word-endings.json' with { type: 'json' };
import type { NearSound } from './near-sounds.ts';

/**
 * How a character written in place of another resembles it: the slips a typist or a scanner makes.
 * `near` is a neighbouring syllable that a pinyin input method with 模糊音 offers for the right one;
 * `ending` is another word ending on the same stem (生产率 for 生产力), offered as a whole word.
 */
export type Likeness = 'sound' | 'shape' | 'near' | 'ending';

/** Word endings that each make a family of words (…力, …率, …性): templates/proofread/word-endings.json. */
export const WORD_ENDINGS: ReadonlySet<string> = new Set(endings.endings);


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

const isPair = (x: string, y: string, p: NearSound) => (x === p.a && y === p.b) || (x === p.b && y === p.a);

/** A syllable as its initial and its final, as input methods' fuzzy settings see it (`zhi` → `zh` + `i`). */
function split(syllable: string): [string, string] {
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/u.exec(syllable)!;
  return [m[1]!, m[2]!];
}

/** Whether `written` sounds or looks like `meant`, two different Chinese characters that are not numbers. */
export function alike(written: string, meant: string): Likeness | null {
  if (written === meant || !HAN.test(written) || !HAN.test(meant) || isNumeral(written) || isNumeral(meant)) return null;
  if (shapeGroups.get(meant)?.has(written)) return 'shape';
  const a = readingsOf(meant);
  return readingsOf(written).some((r) => a.includes(r)) ? 'sound' : null;
}

/**
 * The pair of near sounds, among those switched on, that alone tells a reading of `written` from one
 * of `meant` (`名` ming for `民` min: in/ing), or null. One pair only: a syllable two pairs away is
 * another word, not a typist's slip.
 */
export function nearSound(written: string, meant: string, pairs: readonly NearSound[]): NearSound | null {
  if (!pairs.length || written === meant || !HAN.test(written) || !HAN.test(meant) || isNumeral(written) || isNumeral(meant)) return null;
  for (const w of readingsOf(written).map(split))
    for (const m of readingsOf(meant).map(split)) {
      const pair =
        w[1] === m[1] ? pairs.find((p) => p.kind === 'initial' && isPair(w[0], m[0], p)) : w[0] === m[0] ? pairs.find((p) => p.kind === 'final' && isPair(w[1], m[1], p)) : undefined;
      if (pair) return pair;
    }
  return null;
}
