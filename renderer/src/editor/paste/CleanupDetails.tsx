import { useMemo } from 'react';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { articleText } from '../../../../core/cleanup/article-text.ts';
import { describeChanges } from '../../../../core/cleanup/tally.ts';
import { TextDiff } from '../TextDiff.tsx';
import { textChanges } from '../text-changes.ts';

const MARKS = { removed: '清理时去掉', added: '清理时加上' };

interface Props {
  article: CleanArticle;
  /** The text as it came (pasted, or read from the file), before any cleanup. */
  original: string;
}

/** The cleanup's warnings, each naming the words it is about; nothing when there are none. */
export function WarningList({ warnings }: { warnings: CleanArticle['warnings'] }) {
  if (!warnings.length) return null;
  return (
    <ul className="bj-problems" aria-label="需要核对">
      {warnings.map((w, i) => (
        <li key={i}>{w.text ? `“${w.text}”：${w.message}` : w.message}</li>
      ))}
    </ul>
  );
}

/**
 * What a cleanup did to a contributor's text, for the clerk to check: its counts, the warnings
 * (each naming the words it is about), and the text before beside the text after, marked as Word
 * marks 修订. Shown for a paste (粘贴内容的清理结果) and for a submission in the 收稿箱.
 */
export function CleanupDetails({ article, original }: Props) {
  const cleaned = useMemo(() => articleText(article), [article]);
  const changes = useMemo(() => textChanges(original, cleaned), [original, cleaned]);
  return (
    <>
      <p>{describeChanges(article.changes) ?? '没有需要清理的地方。'}</p>
      <WarningList warnings={article.warnings} />
      {!changes && <p>改动较多，未逐字标出。</p>}
      <div className="bj-compare">
        <section>
          <h3>原文{changes && <small>（<del className="bj-diff-del">删去</del>的部分）</small>}</h3>
          <pre aria-label="原文">{changes ? <TextDiff changes={changes} side="before" titles={MARKS} /> : original}</pre>
        </section>
        <section>
          <h3>清理后{changes && <small>（<ins className="bj-diff-ins">改成</ins>的部分）</small>}</h3>
          <pre aria-label="清理后">{changes ? <TextDiff changes={changes} side="after" titles={MARKS} /> : cleaned}</pre>
        </section>
      </div>
    </>
  );
}
