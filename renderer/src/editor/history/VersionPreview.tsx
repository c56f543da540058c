import { useEffect, useMemo, useState } from 'react';
import type { IssueContent } from '../../../../core/model/issue.ts';
import { NODE } from '../../../../core/model/nodes.ts';
import { call, errorText } from '../../api/client.ts';
import { TextDiff } from '../TextDiff.tsx';
import { textChanges } from '../text-changes.ts';
import { itemDiffs, type ItemDiff } from './item-diffs.ts';
import { versionTime, type VersionRow } from './version-rows.ts';
import './history.css';
import { docNode } from '../../../../core/schema/doc-node.ts';

/** The version is the text before, the page now the text after: the marks are what changed since. */
const MARKS = { removed: '此版本之后删去', added: '此版本之后加上' };
const STATUS: Record<ItemDiff['status'], string> = { same: '没有改动', changed: '有改动', added: '此版本之后新增', removed: '此版本之后删除' };

interface Props {
  row: VersionRow;
  /** The page as it was when the version was chosen: what the version is compared with. */
  current: IssueContent;
  /** A restore is under way. */
  busy: boolean;
  /** 恢复此版本 (null) or 只恢复这篇 (the item's id). */
  onRestore: (itemId: string | null) => void;
  onClose: () => void;
}

/** A version shown read-only in place of the page: per article, what changed since, marked as Word marks 修订. */
export function VersionPreview({ row, current, busy, onRestore, onClose }: Props) {
  const [version, setVersion] = useState<IssueContent | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setVersion(null);
    setError(null);
    call('getVersion', { versionId: row.entry.id }).then(
      ({ content }) => live && setVersion(content),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [row.entry.id]);
  const diffs = useMemo(() => (version ? itemDiffs(docNode(version.doc), docNode(current.doc)) : []), [version, current]);
  const changed = diffs.filter((d) => d.status !== 'same');
  const same = diffs.filter((d) => d.status === 'same');
  const frameChanged = version !== null && JSON.stringify(version.meta) !== JSON.stringify(current.meta);
  const { entry } = row;

  return (
    <section className="bj-version-view" aria-labelledby="bj-version-heading">
      <header className="bj-version-bar">
        <div>
          <h2 id="bj-version-heading">
            {entry.name && <span className="bj-version-tag">{entry.name}</span>}
            {versionTime(entry.time)}的版本（只读）
          </h2>
          <p>
            {row.reason}，{entry.chars.toLocaleString('zh-CN')} 字。与现在的内容相比，此版本之后
            <del className="bj-diff-del">删去</del>和<ins className="bj-diff-ins">加上</ins>的文字已标出。
          </p>
        </div>
        <button type="button" onClick={() => onRestore(null)} disabled={!version || busy}>
          恢复此版本
        </button>
        <button type="button" onClick={onClose}>
          返回编辑
        </button>
      </header>
      {!version && !error && <p role="status">正在读取此版本…</p>}
      {error && (
        <p className="bj-error" role="alert">
          {error}
        </p>
      )}
      {version && (
        <div className="bj-version-items">
          {frameChanged && <p className="bj-version-note">报头、报尾也与现在不同：恢复此版本会一并恢复，只恢复一篇则不会。</p>}
          {changed.length === 0 && <p className="bj-version-note">此版本的文章、心得和照片与现在相同。</p>}
          {changed.map((d) => (
            <ItemChange key={d.item.id} diff={d} busy={busy} onRestore={() => onRestore(d.item.id)} />
          ))}
          {same.length > 0 && <p className="bj-version-note">没有改动：{same.map((d) => d.item.label).join('、')}</p>}
        </div>
      )}
    </section>
  );
}

function ItemChange({ diff, busy, onRestore }: { diff: ItemDiff; busy: boolean; onRestore: () => void }) {
  const changes = useMemo(() => textChanges(diff.before, diff.after), [diff.before, diff.after]);
  const { item } = diff;
  const heading = `bj-version-item-${item.id}`;
  return (
    <article className="bj-version-item" aria-labelledby={heading} data-status={diff.status}>
      <div className="bj-version-item-head">
        <div>
          <h3 id={heading}>{item.kind === NODE.article ? `《${item.label}》` : item.label}</h3>
          <span className="bj-version-status">
            {diff.section} · {STATUS[diff.status]}
          </span>
        </div>
        {diff.status !== 'added' && (
          <button type="button" aria-describedby={heading} onClick={onRestore} disabled={busy}>
            {item.kind === NODE.figure ? '只恢复这张照片' : '只恢复这篇'}
          </button>
        )}
      </div>
      {changes ? (
        <div className="bj-version-text">
          <TextDiff changes={changes} side="both" titles={MARKS} />
        </div>
      ) : (
        <>
          <p className="bj-version-note">改动太多，未逐字标出。此版本中是：</p>
          <div className="bj-version-text">{diff.before}</div>
        </>
      )}
    </article>
  );
}
