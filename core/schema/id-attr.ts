import type { AttributeSpec } from 'prosemirror-model';
import { newId } from '../model/ids.ts';

/** The `id` attribute every section and item carries. */
export const ID_ATTR: Record<'id', AttributeSpec> = { id: { default: null } };

/** A pasted copy of a section or item is a new one: it gets a fresh id, never the one in the HTML. */
export const freshId = (): { id: string } => ({ id: newId() });

/** The `data-id` the editor shows a section or item with (the outline scrolls to it). */
export const idDom = (attrs: Record<string, unknown>): Record<string, unknown> => ({ 'data-id': attrs.id });
