import type { Transform } from '@tiptap/pm/transform';
import type { Mark } from '@tiptap/pm/model';
import { MARK } from '../model/nodes.ts';

export type Decision = 'accept' | 'reject';

/**
 * Accepts or rejects the suggestions in `from`–`to` (all of them, or the one with `id`): an accepted
 * insertion and a rejected deletion keep their words, the others lose them. Steps on `tr`, so that
 * the editor undoes it as one. Returns how many suggestions were settled.
 */
export function settleSuggestions(tr: Transform, decision: Decision, range?: { from: number; to: number }, id?: string): number {
  const from = range?.from ?? 0;
  const to = range?.to ?? tr.doc.content.size;
  const unmark: { from: number; to: number; mark: Mark }[] = [];
  const remove: { from: number; to: number }[] = [];
  const settled = new Set<string>();
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const inserted = mark.type.name === MARK.insertion;
      if ((!inserted && mark.type.name !== MARK.deletion) || (id !== undefined && mark.attrs.id !== id)) continue;
      settled.add(String(mark.attrs.id));
      const span = { from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to) };
      if (inserted === (decision === 'accept')) unmark.push({ ...span, mark });
      else remove.push(span);
    }
    return false;
  });
  for (const u of unmark) tr.removeMark(u.from, u.to, u.mark);
  for (const r of remove.sort((a, b) => b.from - a.from)) tr.delete(r.from, r.to);
  return settled.size;
}
