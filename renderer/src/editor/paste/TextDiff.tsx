import { diffChars, type ChangeObject } from 'diff';

/** Past this much work or time the comparison is dropped: the two texts are still shown, unmarked. */
const MAX_EDIT_LENGTH = 20_000;
const MAX_MS = 300;

/** What changed between the pasted text and the cleaned one, character by character; null when too different to mark. */
export function pasteChanges(original: string, cleaned: string): ChangeObject<string>[] | null {
  return diffChars(original, cleaned, { maxEditLength: MAX_EDIT_LENGTH, timeout: MAX_MS }) ?? null;
}

/** A visible mark for what is invisible: a line break taken out or put in. */
const shown = (text: string) => text.replace(/\n/gu, '↵\n');

/**
 * One side of 查看改动: the original with what the cleanup took out marked, or the cleaned text
 * with what it put in marked, as Word marks 修订.
 */
export function TextDiff({ changes, side }: { changes: ChangeObject<string>[]; side: 'original' | 'cleaned' }) {
  return (
    <>
      {changes.map((c, i) => {
        if (side === 'original' ? c.added : c.removed) return null;
        if (!c.added && !c.removed) return <span key={i}>{c.value}</span>;
        return c.removed ? (
          <del key={i} className="bj-diff-del" title="清理时去掉">
            {shown(c.value)}
          </del>
        ) : (
          <ins key={i} className="bj-diff-ins" title="清理时加上">
            {shown(c.value)}
          </ins>
        );
      })}
    </>
  );
}
