import { useId, useState } from 'react';
import type { IssueMeta } from '../../../../core/model/meta.ts';
import { chineseDate, readDate } from '../../../../core/model/date.ts';
import './date-field.css';
import { CountField } from './CountField.tsx';

/** Width of the text block in points (156 mm), and the size the title may grow to. */
const TEXT_WIDTH_PT = (156 / 25.4) * 72;
const TITLE_MAX_PT = 26;

/** The red title is printed on one line: it shrinks to fit, counting Latin and digits as half. */
function titleSize(title: string): number {
  const cells = [...title].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
  return Math.min(TITLE_MAX_PT, Math.floor(TEXT_WIDTH_PT / Math.max(cells, 1)));
}

/**
 * The date as the masthead prints it, typed the way the clerk likes and taken on leaving the field
 * (or Enter), shown then as printed. A date that cannot be read keeps its text, marked, with the reason
 * beneath it; the stored date stays as it was. Not taken while typing: `2025/6/3` on the way to
 * `2025/6/30` would be stored in passing.
 */
function DateField({ iso, onChange }: { iso: string; onChange: (iso: string) => void }) {
  const [text, setText] = useState(chineseDate(iso));
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const take = () => {
    const reading = readDate(text);
    if (!reading.ok) return setProblem(reading.problem);
    setProblem(null);
    setText(chineseDate(reading.iso));
    if (reading.iso !== iso) onChange(reading.iso);
  };
  return (
    <span className="bj-date-field">
      <input
        aria-label="日期"
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        title="日期，如 2025年5月21日"
        className={problem === null ? 'bj-date' : 'bj-date bj-invalid'}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          // The mark goes as soon as the text is right; a new reason waits until the clerk is done.
          if (problem !== null && readDate(e.target.value).ok) setProblem(null);
        }}
        onBlur={take}
        onKeyDown={(e) => {
          if (e.key === 'Enter') take();
        }}
      />
      {problem !== null && (
        <span id={problemId} className="bj-date-problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}

interface Props {
  meta: IssueMeta;
  onChange: (meta: IssueMeta) => void;
}

/** 报头, edited in place: red series title, 第N期, 编印单位 left and date right, red rule, theme line. */
export function Masthead({ meta, onChange }: Props) {
  const set = <K extends keyof IssueMeta>(key: K, value: IssueMeta[K]) => onChange({ ...meta, [key]: value });
  return (
    <header className="bj-masthead" aria-label="报头">
      <input
        className="bj-masthead-title"
        aria-label="简报名称"
        style={{ fontSize: `${titleSize(meta.seriesTitle)}pt` }}
        value={meta.seriesTitle}
        onChange={(e) => set('seriesTitle', e.target.value)}
      />
      <div className="bj-masthead-number">
        第
        <CountField label="期号" min={1} value={meta.issueNumber} onChange={(n) => set('issueNumber', n ?? 1)} />
        期
        {meta.cumulativeNumber !== null && (
          <span className="bj-masthead-cumulative">
            （总第
            <CountField label="总期号" min={1} value={meta.cumulativeNumber} onChange={(n) => set('cumulativeNumber', n ?? 1)} />
            期）
          </span>
        )}
      </div>
      <div className="bj-masthead-line">
        <input aria-label="编印单位" value={meta.issuingUnit} onChange={(e) => set('issuingUnit', e.target.value)} />
        <DateField iso={meta.date} onChange={(iso) => set('date', iso)} />
      </div>
      <hr className="bj-masthead-rule" />
      <input
        className="bj-masthead-theme"
        aria-label="主题语"
        placeholder="主题语（可不填）"
        value={meta.theme}
        onChange={(e) => set('theme', e.target.value)}
      />
    </header>
  );
}
