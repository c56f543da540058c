import { newId } from '../model/ids.ts';

/** The `id` attribute every section and item carries; pasted copies get a fresh one. */
export const idAttribute = {
  id: {
    default: null as string | null,
    parseHTML: () => newId(),
    renderHTML: (attrs: Record<string, unknown>) => ({ 'data-id': attrs.id }),
  },
};
