import type { IssueMeta } from '../../../../core/model/meta.ts';
import { CountField } from './CountField.tsx';

interface Props {
  meta: IssueMeta;
  onChange: (meta: IssueMeta) => void;
}

const LISTS = [
  ['bao', '报'],
  ['song', '送'],
  ['fa', '发'],
] as const;

/** 报尾: the 报/送/发 lists and the print run, between rules at the foot of the last page. */
export function Distribution({ meta, onChange }: Props) {
  const setList = (key: (typeof LISTS)[number][0], text: string) =>
    onChange({ ...meta, distribution: { ...meta.distribution, [key]: text.split(/[，,、]/u).map((s) => s.trim()).filter(Boolean) } });
  return (
    <footer className="bj-distribution" aria-label="报尾">
      {LISTS.map(([key, label]) => (
        <label key={key} className="bj-distribution-line">
          <span>{label}：</span>
          <input
            aria-label={`${label}送单位`}
            defaultValue={meta.distribution[key].join('，')}
            onBlur={(e) => setList(key, e.target.value)}
          />
        </label>
      ))}
      <div className="bj-distribution-run">
        （共印
        <CountField label="印数" min={0} optional value={meta.printRun} onChange={(printRun) => onChange({ ...meta, printRun })} />
        份）
      </div>
    </footer>
  );
}
