import thought from '../../templates/proofread/canon-thought.json' with { type: 'json' };
import congress from '../../templates/proofread/canon-congress.json' with { type: 'json' };
import plenum from '../../templates/proofread/canon-plenum.json' with { type: 'json' };
import party from '../../templates/proofread/canon-party.json' with { type: 'json' };
import shanghai from '../../templates/proofread/canon-shanghai.json' with { type: 'json' };
import names from '../../templates/proofread/canon-names.json' with { type: 'json' };
import { CanonFile, flatten } from './canon.ts';
import type { Formulations } from './finding.ts';

/** The canon files in templates/proofread/, read once. */
export const CANON = [thought, congress, plenum, party, shanghai, names].map((f) => CanonFile.parse(f));

const SHIPPED = flatten(CANON);
/** What an office adds through 校对 → 词典… is marked so in the messages. */
const OWN = '本单位词典';

/** The 规范表述 dictionary shipped with the app, with the clerk's own entries added. */
export function formulations(extra: { phrases?: { text: string }[]; wrongForms?: { wrong: string; correct: string }[] } = {}): Formulations {
  return {
    phrases: [...SHIPPED.phrases, ...(extra.phrases ?? []).map((p) => ({ text: p.text, source: OWN }))],
    wrongForms: [...SHIPPED.wrongForms, ...(extra.wrongForms ?? []).map((w) => ({ ...w, source: OWN }))],
    formulas: SHIPPED.formulas,
  };
}
