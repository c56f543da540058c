import { canJoin, type Transform } from 'prosemirror-transform';
import type { Mark } from 'prosemirror-model';
import { MARK } from '../model/nodes.ts';
import { breakKept, breakRemoval, wordsKept, type Decision } from './decisions.ts';
import { REVISION_ATTR, revisionOf } from './paragraph-marks.ts';

export type { Decision } from './decisions.ts';

interface Span {
  from: number;
  to: number;
}

/** A paragraph's break decided: kept (its revision cleared), or taken out by the rule of decisions.ts. */
function settleBreak(tr: Transform, pos: number, keep: boolean): void {
  const node = tr.doc.nodeAt(pos);
  if (!node) return;
  const end = pos + node.nodeSize;
  const $pos = tr.doc.resolve(pos);
  const next = tr.doc.resolve(end).nodeAfter;
  const removal = keep ? 'keep' : breakRemoval(node.content.size === 0, next?.type.name);
  if (removal === 'drop' && $pos.parent.canReplace($pos.index(), $pos.index() + 1)) {
    tr.delete(pos, end);
    return;
  }
  if (removal === 'join' && next && canJoin(tr.doc, end)) {
    // The paragraph runs on into the next, and ends with the next one's break.
    tr.join(end);
    tr.setNodeAttribute(pos, REVISION_ATTR, next.attrs[REVISION_ATTR] ?? null);
    return;
  }
  tr.setNodeAttribute(pos, REVISION_ATTR, null);
}

/**
 * Accepts or rejects the suggestions in `from`–`to` (all of them, or the one with `id`): words by
 * decisions.ts's rule (kept and unmarked, or taken out), formatting applied or dropped, paragraph
 * breaks kept, or taken out so that the paragraph joins the next (or goes, when nothing of it is
 * left). Steps on `tr`, so that the editor undoes it as one. Returns how many suggestions were settled.
 */
export function settleSuggestions(tr: Transform, decision: Decision, range?: { from: number; to: number }, id?: string): number {
  const from = range?.from ?? 0;
  const to = range?.to ?? tr.doc.content.size;
  const unmark: (Span & { mark: Mark })[] = [];
  const remove: Span[] = [];
  const breaks: { pos: number; keep: boolean }[] = [];
  const settled = new Set<string>();
  const mine = (markId: unknown) => id === undefined || markId === id;
  tr.doc.nodesBetween(from, to, (node, pos) => {
    const revision = revisionOf(node);
    if (revision && mine(revision.id)) {
      settled.add(revision.id);
      breaks.push({ pos, keep: breakKept(revision, decision) });
    }
    if (!node.isText) return true;
    const span = { from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to) };
    for (const mark of node.marks) {
      const name = mark.type.name;
      if (!mine(mark.attrs.id)) continue;
      if (name === MARK.formatting) {
        settled.add(String(mark.attrs.id));
        unmark.push({ ...span, mark });
      } else if (name === MARK.insertion || name === MARK.deletion) {
        settled.add(String(mark.attrs.id));
        if (wordsKept(name === MARK.insertion ? 'insert' : 'delete', decision)) unmark.push({ ...span, mark });
        else remove.push(span);
      }
    }
    return false;
  });
  const { marks } = tr.doc.type.schema;
  for (const u of unmark) {
    if (u.mark.type.name === MARK.formatting && decision === 'accept')
      for (const [attr, type] of [['bold', marks[MARK.bold]!], ['italic', marks[MARK.italic]!]] as const) {
        if (u.mark.attrs[attr] === true) tr.addMark(u.from, u.to, type.create());
        if (u.mark.attrs[attr] === false) tr.removeMark(u.from, u.to, type);
      }
    tr.removeMark(u.from, u.to, u.mark);
  }
  const words = tr.steps.length;
  for (const r of remove.sort((a, b) => b.from - a.from)) tr.delete(r.from, r.to);
  // Breaks from the last back, each where the words' steps left its paragraph.
  const moved = tr.mapping.slice(words);
  for (const b of breaks.sort((x, y) => y.pos - x.pos)) settleBreak(tr, moved.map(b.pos, 1), b.keep);
  return settled.size;
}
