import type { TextChanges } from './text-changes.ts';

/** A visible mark for what is invisible: a line break taken out or put in. */
const shown = (text: string) => text.replace(/\n/gu, '↵\n');

interface Props {
  changes: TextChanges;
  /** The text before with what was taken out marked, the text after with what was put in, or both in one (修订). */
  side: 'before' | 'after' | 'both';
  /** What a mark means, shown on hover: 清理时去掉 / 清理时加上… */
  titles: { removed: string; added: string };
}

/** Changes between two texts marked as Word marks 修订: taken out struck through in red, put in underlined in blue. */
export function TextDiff({ changes, side, titles }: Props) {
  return (
    <>
      {changes.map((c, i) => {
        if ((side === 'before' && c.added) || (side === 'after' && c.removed)) return null;
        if (!c.added && !c.removed) return <span key={i}>{c.value}</span>;
        return c.removed ? (
          <del key={i} className="bj-diff-del" title={titles.removed}>
            {shown(c.value)}
          </del>
        ) : (
          <ins key={i} className="bj-diff-ins" title={titles.added}>
            {shown(c.value)}
          </ins>
        );
      })}
    </>
  );
}
