import type { Store } from '../store/store.ts';
import { UserFormulations } from '../../../core/api/contract.ts';

export const FORMULATIONS = 'formulations';

/** The clerk's own 规范表述 entries, kept in the store's settings (empty until the clerk adds some). */
export function userFormulations(store: Store): UserFormulations {
  const raw = store.settings.get(FORMULATIONS);
  const parsed = raw ? UserFormulations.safeParse(JSON.parse(raw)) : null;
  return parsed?.success ? parsed.data : { phrases: [], wrongForms: [], nearSoundsOff: [] };
}
