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

/** Characters taken out and put in by a transaction's replacements. */
function replacedChars(tr: Transaction): { deleted: number; inserted: number } {
  let deleted = 0;
  let inserted = 0;
  tr.steps.forEach((step, i) => {
    if (!(step instanceof ReplaceStep)) return;
    deleted += tr.docs[i]!.textBetween(step.from, step.to).length;
    inserted += step.slice.content.textBetween(0, step.slice.content.size).length;
  });
  return { deleted, inserted };
}

function reasonFor(tr: Transaction): VersionReason | null {
  const kind = tr.getMeta(sweepKey) as Kind | undefined;
  if (kind === 'replaceAll' || kind === 'fixAll') return kind;
  const { deleted, inserted } = replacedChars(tr);
  if (kind === 'paste' && inserted > SWEEPING_CHARS) return 'paste';
  // What is taken out and not put back: moving an article in the 大纲 takes out as much as it puts in.
  return deleted - inserted > SWEEPING_CHARS ? 'delete' : null;
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
