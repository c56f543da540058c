import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { VersionReason } from '../../../../core/api/contract.ts';

/** More characters than this pasted or deleted at once make a sweeping change: a version is recorded first. */
export const SWEEPING_CHARS = 300;

/** What a transaction is, when its size alone does not say it: a paste, 全部替换, 全部修正. */
type Kind = 'paste' | 'replaceAll' | 'fixAll';
const sweepKey = new PluginKey('sweepingChanges');

/** Tags a transaction: a paste is recorded before when it is large, 全部替换 and 全部修正 always. */
export function markSweeping(tr: Transaction, kind: Kind): Transaction {
  return tr.setMeta(sweepKey, kind);
}

/** Paragraphs a replacement reaches into, from this many on, make it sweeping whatever its length: Ctrl+A and typing over an article. */
export const SWEEPING_BLOCKS = 3;

/** Characters taken out and put in by a transaction's replacements, and the most paragraphs one of them reached into. */
function replacedChars(tr: Transaction): { deleted: number; inserted: number; blocks: number } {
  let deleted = 0;
  let inserted = 0;
  let blocks = 0;
  tr.steps.forEach((step, i) => {
    if (!(step instanceof ReplaceStep)) return;
    const doc = tr.docs[i]!;
    deleted += doc.textBetween(step.from, step.to).length;
    inserted += step.slice.content.textBetween(0, step.slice.content.size).length;
    let reached = 0;
    doc.nodesBetween(step.from, step.to, (node) => {
      if (node.isTextblock) reached++;
      return !node.isTextblock;
    });
    blocks = Math.max(blocks, reached);
  });
  return { deleted, inserted, blocks };
}

function reasonFor(tr: Transaction): VersionReason | null {
  const kind = tr.getMeta(sweepKey) as Kind | undefined;
  if (kind === 'replaceAll' || kind === 'fixAll') return kind;
  const { deleted, inserted, blocks } = replacedChars(tr);
  if (kind === 'paste' && inserted > SWEEPING_CHARS) return 'paste';
  // What is taken out and not put back: moving an article in the 大纲 takes out as much as it puts in.
  if (deleted - inserted > SWEEPING_CHARS) return 'delete';
  return blocks >= SWEEPING_BLOCKS && deleted > inserted ? 'delete' : null;
}

export interface SweepingChangesOptions {
  /** Called with the document as it was before a sweeping change; it must not block. */
  onSweeping: (reason: VersionReason, before: PMNode) => void;
}

/**
 * Watches every change to the document: before a large paste or deletion, 全部替换 or 全部修正
 * the text as it was is handed on, to be kept as a version.
 */
export const SweepingChanges = Extension.create<SweepingChangesOptions>({
  name: 'sweepingChanges',
  addOptions: () => ({ onSweeping: () => undefined }),
  addProseMirrorPlugins() {
    const { onSweeping } = this.options;
    return [
      new Plugin({
        key: sweepKey,
        appendTransaction(transactions) {
          for (const tr of transactions) {
            const reason = tr.docChanged ? reasonFor(tr) : null;
            if (reason) onSweeping(reason, tr.before);
          }
          return null;
        },
      }),
    ];
  },
});
