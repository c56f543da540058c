import { diffChars } from 'diff';

/** Past this much work or time the comparison is dropped: the two texts are still shown, unmarked. */
const MAX_EDIT_LENGTH = 20_000;
const MAX_MS = 300;

export interface TextChange {
  value: string;
  added: boolean;
  removed: boolean;
}
export type TextChanges = TextChange[];

/** Runs between two unchanged ones: taken out and put in. */
type Block = { same: string } | { removed: string; added: string };

function blocksOf(changes: readonly TextChange[]): Block[] {
  const blocks: Block[] = [];
  for (const c of changes) {
    const last = blocks.at(-1);
    if (!c.added && !c.removed) blocks.push({ same: c.value });
    else if (last && !('same' in last)) last[c.added ? 'added' : 'removed'] += c.value;
    else blocks.push({ removed: c.removed ? c.value : '', added: c.added ? c.value : '' });
  }
  return blocks;
}

/**
 * A passage rewritten reads as one deletion and one insertion, as Word's 修订 shows it: a short run
 * left in common between two changes (a 了 matched inside a rewritten paragraph) is folded into
 * them, by the rule of diff-match-patch's semantic cleanup.
 */
function foldShortRuns(blocks: Block[]): Block[] {
  const size = (b: Block) => ('same' in b ? 0 : Math.max(b.removed.length, b.added.length));
  for (let i = 1; i < blocks.length - 1; i++) {
    const [before, run, after] = [blocks[i - 1]!, blocks[i]!, blocks[i + 1]!];
    if (!('same' in run) || 'same' in before || 'same' in after) continue;
    if (run.same.length > size(before) || run.same.length > size(after)) continue;
    blocks.splice(i - 1, 3, { removed: before.removed + run.same + after.removed, added: before.added + run.same + after.added });
    i = 0; // a longer change may now swallow the run before it
  }
  return blocks;
}

/** What changed from one text to another, character by character; null when too different to mark. */
export function textChanges(before: string, after: string): TextChanges | null {
  const changes = diffChars(before, after, { maxEditLength: MAX_EDIT_LENGTH, timeout: MAX_MS });
  if (!changes) return null;
  return foldShortRuns(blocksOf(changes)).flatMap((b): TextChange[] =>
    'same' in b
      ? [{ value: b.same, added: false, removed: false }]
      : [
          ...(b.removed ? [{ value: b.removed, added: false, removed: true }] : []),
          ...(b.added ? [{ value: b.added, added: true, removed: false }] : []),
        ],
  );
}
