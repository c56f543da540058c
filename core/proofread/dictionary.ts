import thought from '../../templates/proofread/canon-thought.json' with { type: 'json' };
import congress from '../../templates/proofread/canon-congress.json' with { type: 'json' };
import plenum from '../../templates/proofread/canon-plenum.json' with { type: 'json' };
import party from '../../templates/proofread/canon-party.json' with { type: 'json' };
import shanghai from '../../templates/proofread/canon-shanghai.json' with { type: 'json' };
import names from '../../templates/proofread/canon-names.json' with { type: 'json' };
import { CanonFile, flatten } from './canon.ts';
import { WORD_ENDINGS } from './alike.ts';
import { NEAR_SOUNDS } from './near-sounds.ts';
import type { Formulations } from './finding.ts';

/** The canon files in templates/proofread/, read once. */
export const CANON = [thought, congress, plenum, party, shanghai, names].map((f) => CanonFile.parse(f));

const SHIPPED = flatten(CANON);

/**
 * The word endings the canon's terms are fixed with: an ending (templates/proofread/word-endings.json)
 * that closes at least three terms of the shipped canon, phrases and members alike (…力 in 新质生产力,
 * 政治执行力, 城市软实力; …化, …观, …性, …度). An ending the canon hardly uses (…率, …感) is not
 * fixed: 历史周期率 stands alone.
 */
const FIXED_MIN = 3;
const terms = [...SHIPPED.phrases.map((p) => p.text), ...SHIPPED.formulas.flatMap((f) => f.members)].flatMap((t) => t.split(/[、，；]/u));
const FIXED_ENDS = new Set([...WORD_ENDINGS].filter((ch) => new Set(terms.filter((t) => t.length >= 3 && t.endsWith(ch))).size >= FIXED_MIN));
/** What an office adds through 校对 → 词典… is marked so in the messages. */
const OWN = '本单位词典';

/** The 规范表述 dictionary shipped with the app, with the clerk's own entries added and the near sounds the office switched off left out. */
export function formulations(
  extra: { phrases?: { text: string }[]; wrongForms?: { wrong: string; correct: string }[]; nearSoundsOff?: string[] } = {},
): Formulations {
  const off = new Set(extra.nearSoundsOff);
  return {
    phrases: [...SHIPPED.phrases, ...(extra.phrases ?? []).map((p) => ({ text: p.text, source: OWN }))],
    wrongForms: [...SHIPPED.wrongForms, ...(extra.wrongForms ?? []).map((w) => ({ ...w, source: OWN }))],
    formulas: SHIPPED.formulas,
    nearSounds: NEAR_SOUNDS.filter((p) => !off.has(p.id)),
    fixedEnds: FIXED_ENDS,
  };
}
