import { useState } from 'react';
import type { PastIssuePreview } from '../../../core/api/contract.ts';
import { chineseDate } from '../../../core/model/date.ts';
import { errorText } from '../api/client.ts';
import { useDialog } from '../app/use-dialog.ts';
import { KIND_COUNTS } from '../../../core/past-issue/summary.ts';
import { FormEnd } from '../app/FormEnd.tsx';

interface Props {
  fileName: string;
  preview: PastIssuePreview;
  /** Stores the briefing as a new series' issue and opens it; a failure is shown in the dialog. */
  onImport: () => Promise<void>;
  onCancel: () => void;
}

const names = (list: string[]) => (list.length ? list.join('、') : '（无）');

/** 导入往期简报: what was recognised in a past briefing, for the clerk to accept (导入) or not (取消) before anything is stored. */
export function PastIssueDialog({ fileName, preview: p, onImport, onCancel }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useDialog(busy ? null : onCancel);
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal bj-past-issue" {...dialog} aria-label="导入往期简报">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            onImport().catch((err: unknown) => {
              setBusy(false);
              setError(errorText(err));
            });
          }}
        >
          <h2>导入往期简报</h2>
          <p>从“{fileName}”中识别出以下内容。导入后成为一套新简报的一期，栏目按原样建立，可在简报设置中修改。</p>
          <dl className="bj-past-masthead">
            <dt>报头</dt>
            <dd>{p.seriesTitle || '（未找到）'}</dd>
            <dt>期号</dt>
            <dd>
              第{p.issueNumber}期{p.cumulativeNumber === null ? '' : `（总第${p.cumulativeNumber}期）`}
            </dd>
            <dt>日期</dt>
            <dd>{chineseDate(p.date)}</dd>
            <dt>编印单位</dt>
            <dd>{p.issuingUnit || '（未找到）'}</dd>
            <dt>目录</dt>
            <dd>{p.tocLines ? `${p.tocLines} 行，已跳过，导出时按正文重新生成` : '无'}</dd>
          </dl>
          {p.sections.map((s) => (
            <section key={s.heading} className="bj-past-section" aria-label={s.heading}>
              <h3>
                {s.heading} <span>{s.items.length} {KIND_COUNTS[s.kind]}</span>
              </h3>
              <ol>
                {s.items.map((name, i) => (
                  <li key={i}>{name}</li>
                ))}
              </ol>
            </section>
          ))}
          <p className="bj-past-tail">
            报尾：报 {names(p.distribution.bao)}；送 {names(p.distribution.song)}；发 {names(p.distribution.fa)}；印数 {p.printRun ?? '（未找到）'}
          </p>
          {p.warnings.length > 0 && (
            <section className="bj-past-warnings" aria-label="请核对">
              <h3>请核对（{p.warnings.length} 处）</h3>
              <ul>
                {p.warnings.map((w, i) => (
                  <li key={i}>
                    {w.text && `“${w.text}”`}
                    {w.message}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {p.leftOut.length > 0 && (
            <details className="bj-past-left-out">
              <summary>未放入简报的文字（{p.leftOut.length} 行）</summary>
              <ul>
                {p.leftOut.map((l, i) => (
                  <li key={i}>
                    <span className="bj-past-why">{l.why}：</span>
                    {l.text}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <FormEnd error={error} busy={busy} onCancel={onCancel} submit="导入" />
        </form>
      </div>
    </div>
  );
}
