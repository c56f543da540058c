import { useCallback, useEffect, useMemo, useState } from 'react';
import type { VersionEntry } from '../../../../core/api/contract.ts';
import { call, errorText } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';
import { when } from '../../app/when.ts';
import { useRovingFocus } from '../../app/use-roving-focus.ts';
import { VersionNameDialog } from './VersionNameDialog.tsx';
import { SignDialog } from './SignDialog.tsx';
import { charsDelta, versionRows, versionTime, type VersionRow } from './version-rows.ts';
import './history.css';

interface Props {
  issueId: string;
  /** Changes when a version was recorded elsewhere (before a sweeping change): the list is read again. */
  recorded: number;
  selectedId: string | null;
  onSelect: (row: VersionRow) => void;
  /** Saves what is typed; fails when it could not be saved. */
  saveFirst: () => Promise<void>;
  /** Suggestions and comments still open, which a signature should not pass unseen. */
  openMarks: number;
  onClose: () => void;
  notify: Notify;
}

/** 历史版本: the issue's versions newest first, the named ones pinned above, each chosen to be shown. */
export function HistoryPanel({ issueId, recorded, selectedId, onSelect, saveFirst, openMarks, onClose, notify }: Props) {
  const [entries, setEntries] = useState<VersionEntry[] | null>(null);
  const [naming, setNaming] = useState(false);
  const [signing, setSigning] = useState(false);
  const load = useCallback(
    () => call('listVersions', { id: issueId }).then(setEntries, (e: unknown) => notify(errorText(e))),
    [issueId, notify],
  );
  useEffect(() => void load(), [load, recorded]);
  const { named, others } = useMemo(() => versionRows(entries ?? []), [entries]);
  const roving = useRovingFocus<HTMLDivElement>('.bj-version-row', 'vertical');

  const nameCurrent = async (name: string) => {
    await saveFirst();
    await call('recordVersion', { id: issueId, reason: 'named', name });
    setNaming(false);
    notify(`已将当前版本命名为“${name}”。`);
    await load();
  };

  const signCurrent = async (signer: string, name: string) => {
    await saveFirst();
    await call('signIssue', { id: issueId, signer, name });
    setSigning(false);
    notify(`已记录签发：${signer}签发“${name}”。`);
    await load();
  };

  const rowButton = (row: VersionRow) => (
    <li key={row.entry.id}>
      <button
        type="button"
        className="bj-version-row"
        aria-current={row.entry.id === selectedId}
        onClick={() => onSelect(row)}
        title={when(row.entry.time)}
      >
        <span className="bj-version-when">
          {row.entry.name && <span className="bj-version-tag">{row.entry.name}</span>}
          {versionTime(row.entry.time)}
        </span>
        <span className="bj-version-meta">
          {row.reason} · {row.entry.chars.toLocaleString('zh-CN')} 字
          {row.delta ? <span className={row.delta < 0 ? 'bj-version-less' : 'bj-version-more'}>（{charsDelta(row.delta)}）</span> : null}
        </span>
        {row.entry.signedBy && (
          <span className="bj-version-signed">
            签发：{row.entry.signedBy} {versionTime(row.entry.signedAt!)}
          </span>
        )}
      </button>
    </li>
  );

  return (
    <aside className="bj-history" aria-label="历史版本">
      <div className="bj-outline-title bj-proof-head">
        历史版本
        <span>
          <button type="button" className="bj-link" onClick={() => setNaming(true)}>
            命名当前版本…
          </button>
          <button type="button" className="bj-link" onClick={() => setSigning(true)}>
            记录签发…
          </button>
          <button type="button" className="bj-icon" aria-label="关闭历史版本" onClick={onClose}>
            ×
          </button>
        </span>
      </div>
      {entries?.length === 0 && <div className="bj-outline-empty">还没有历史版本。</div>}
      <div {...roving}>
        {named.length > 0 && (
          <section aria-label="命名版本">
            <div className="bj-outline-heading">命名版本</div>
            <ol>{named.map(rowButton)}</ol>
          </section>
        )}
        {others.length > 0 && (
          <section aria-label="全部版本">
            {named.length > 0 && <div className="bj-outline-heading">其他版本</div>}
            <ol>{others.map(rowButton)}</ol>
          </section>
        )}
      </div>
      {naming && (
        <VersionNameDialog
          title="命名当前版本"
          intro="给现在的内容起一个名字。命名的版本一直保留，在历史版本中置顶，并显示在期刊列表中。"
          onSubmit={nameCurrent}
          onCancel={() => setNaming(false)}
        />
      )}
      {signing && <SignDialog openMarks={openMarks} onSubmit={signCurrent} onCancel={() => setSigning(false)} />}
    </aside>
  );
}
