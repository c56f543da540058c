import shipped from '../../templates/formulations.json' with { type: 'json' };
import { Formulations } from './finding.ts';

/** The 规范表述 dictionary shipped with the app, with the clerk's own entries added. */
export function formulations(extra: Partial<Formulations> = {}): Formulations {
  const base = Formulations.parse(shipped);
  return {
    phrases: [...base.phrases, ...(extra.phrases ?? [])],
    wrongForms: [...base.wrongForms, ...(extra.wrongForms ?? [])],
    formulas: [...base.formulas, ...(extra.formulas ?? [])],
  };
}
