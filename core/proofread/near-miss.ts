import { alike, isNumeral, nearSound, WORD_ENDINGS, type Likeness } from './alike.ts';
import type { NearSound } from './near-sounds.ts';

/** The likenesses that depend on the dictionary: the pairs of near sounds the office checks, and the canon's fixed word endings. */
export interface Likenesses {
  nearSounds: readonly NearSound[];
  fixedEnds: ReadonlySet<string>;
}
const NONE: Likenesses = { nearSounds: [], fixedEnds: new Set() };

/**
 * A slip away from a phrase: a character of the same sound or a similar shape in place of the right
 * one, a character missing or extra, or two neighbours swapped. `written` and `meant` are the
 * characters that differ (one of them empty for a missing or extra one); `at` is where in the phrase;
 * a near sound names its pair of initials or finals.
 */
export interface Slip {
  kind: Likeness | 'missing' | 'extra' | 'swapped';
  written: string;
  meant: string;
  at: number;
  pair?: NearSound;
}

/** Below this length a phrase only takes a sound, shape or swap slip: a character more or less makes another word. */
const INDEL_MIN = 5;

/** What slip turns `phrase` into `s`, or null when it is none (or no slip at all). */
export function slipOf(s: string, phrase: string, like: Likenesses = NONE): Slip | null {
  const n = phrase.length;
  if (s === phrase) return null;
  if (s.length === n) {
    const diff: number[] = [];
    for (let i = 0; i < n && diff.length <= 2; i++) if (s[i] !== phrase[i]) diff.push(i);
    // A different number makes a different thing: 党的十二大 is not 党的二十大 swapped.
    if (diff.some((i) => isNumeral(s[i]) || isNumeral(phrase[i]))) return null;
    const [i, j] = diff as [number, number | undefined];
    if (j === undefined) {
      const kind = alike(s[i]!, phrase[i]!);
      if (kind) return { kind, written: s[i]!, meant: phrase[i]!, at: i };
      const slip = { written: s[i]!, meant: phrase[i]!, at: i };
      if (endingSwapped(s, phrase, i, like.fixedEnds)) return { kind: 'ending', ...slip };
      const pair = nearSound(s[i]!, phrase[i]!, like.nearSounds);
      return pair && { kind: 'near', ...slip, pair };
    }
    if (diff.length !== 2 || j !== i + 1) return null;
    const slip = { written: s.slice(i, j + 1), meant: phrase.slice(i, j + 1), at: i };
    if (s[i] === phrase[j] && s[j] === phrase[i]) return { kind: 'swapped', ...slip };
    // A homophone word in place of two characters (`社会注意` for `社会主义`), only inside a long
    // phrase whose both ends stand as written: never `长三角一体化示范` for `…发展`.
    const inner = n >= 8 && i >= 2 && j <= n - 3;
    return inner && alike(s[i]!, phrase[i]!) === 'sound' && alike(s[j]!, phrase[j]!) === 'sound' ? { kind: 'sound', ...slip } : null;
  }
  const slip = n < INDEL_MIN ? null : indel(s, phrase);
  // A particle put into a phrase or left out of it (中华民族的伟大复兴, 进入了新时代, 发展之间矛盾) is a way of
  // writing it, not a slip; so is the phrase's own leading preposition left out where the sentence has
  // another (是马克思主义基本原理同… for 把…), and a word ending left out, which leaves the word it ended
  // (中国现代化 is a phrase of its own). A character more next to an end of the phrase is likelier the end
  // of another word (创新的发展格局).
  if (!slip || PARTICLES.has(slip.written || slip.meant)) return null;
  if (slip.kind === 'missing' && ((slip.at === 0 && FUNCTION_CHARS.has(slip.meant)) || SUFFIXES.has(slip.meant))) return null;
  return slip.kind === 'extra' && (slip.at < 2 || slip.at > n - 2) ? null : slip;
}

const PARTICLES = new Set([...'的之地了']);
/** Characters that end a word off another (中国式, 生产力, 现代化). */
const SUFFIXES = new Set(['式', ...WORD_ENDINGS]);

/**
 * Whether the character at `i` is a fixed word ending of the phrase written with another ending: it
 * ends a word there (at the end of the phrase or before a mark), after a stem of two characters at least.
 */
function endingSwapped(s: string, phrase: string, i: number, fixedEnds: ReadonlySet<string>): boolean {
  const endsWord = i === phrase.length - 1 || !/[\p{L}\p{N}]/u.test(phrase[i + 1]!);
  return endsWord && i >= 2 && fixedEnds.has(phrase[i]!) && WORD_ENDINGS.has(s[i]!) && /^\p{Script=Han}{2}$/u.test(phrase.slice(i - 2, i));
}

/** A character missing from `phrase` or extra in it, or null. */
export function indel(s: string, phrase: string): Slip | null {
  if (Math.abs(s.length - phrase.length) !== 1) return null;
  const [short, long] = s.length < phrase.length ? [s, phrase] : [phrase, s];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // A mark or a space more or less is punctuation's business, and a number more or less a different thing.
  if (short.slice(i) !== long.slice(i + 1) || isNumeral(long[i]) || !/[\p{L}\p{N}]/u.test(long[i]!)) return null;
  return s.length > phrase.length ? { kind: 'extra', written: long[i]!, meant: '', at: i } : { kind: 'missing', written: '', meant: long[i]!, at: i };
}

/** Prepositions and particles that stand before or after a phrase: one beside a phrase cut short (`以（习）近平…`) makes it a slip. */
const FUNCTION_CHARS = new Set([...'以在用把对为与和及是的了等从向按将于就也都让使被']);

/** What stands outside a window where a phrase's first or last character is missing, or null when it is missing inside. */
function beside(slip: Slip, phrase: string, text: string, offset: number, length: number): string | undefined | null {
  if (slip.kind !== 'missing') return null;
  return slip.at === 0 ? text[offset - 1] : slip.at === phrase.length - 1 ? text[offset + length] : null;
}

/**
 * Whether a phrase cut short at an end is a slip: when nothing, a mark, a particle or the missing
 * character itself stands there (`以近平…`, `学习近平…`). Another character there makes it more
 * likely another word: `全面深化改革开辟` is not `全面深化改革开放` mistyped.
 */
export function endMissingIsSlip(slip: Slip, phrase: string, text: string, offset: number, length: number): boolean {
  const ch = beside(slip, phrase, text, offset, length);
  return ch === null || ch === undefined || !/\p{Script=Han}/u.test(ch) || FUNCTION_CHARS.has(ch) || ch === slip.meant;
}

/** How likely a slip is where candidates overlap: lower wins; a like character in its place beats a near sound, and both one lost or added. */
const RANK: Record<Slip['kind'], number> = { sound: 0, shape: 0, swapped: 0, ending: 0, near: 1, missing: 2, extra: 3 };
export const rank = (slip: Slip): number => RANK[slip.kind];

/** Why, in a few words: `“乎”与“平”形近`. */
export function slipReason(slip: Slip): string {
  switch (slip.kind) {
    case 'sound':
      return `“${slip.written}”与“${slip.meant}”同音`;
    case 'shape':
      return `“${slip.written}”与“${slip.meant}”形近`;
    case 'ending':
      return `词尾“${slip.written}”应为“${slip.meant}”`;
    case 'near':
      return `“${slip.written}”与“${slip.meant}”音近（模糊音 ${slip.pair!.a}/${slip.pair!.b}）`;
    case 'missing':
      return `少了“${slip.meant}”`;
    case 'extra':
      return `多了“${slip.written}”`;
    case 'swapped':
      return `“${slip.written}”颠倒了`;
  }
}
