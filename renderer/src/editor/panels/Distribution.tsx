import type { IssueMeta } from '../../../../core/model/meta.ts';
import { CountField } from './CountField.tsx';

interface Props {
  meta: IssueMeta;
  onChange: (meta: IssueMeta) => void;
}

/** Each list's printed label, and what a screen reader says for its field. */
const LISTS = [
  ['bao', '报', '报送单位'],
  ['song', '送', '抄送单位'],
  ['fa', '发', '发放范围'],
] as const;

/** 报尾: the 报/送/发 lists and the print run, between rules at the foot of the last page. */
export function Distribution({ meta, onChange }: Props) {
  const setList = (key: (typeof LISTS)[number][0], text: string) =>
    onChange({ ...meta, distribution: { ...meta.distribution, [key]: text.split(/[，,、]/u).map((s) => s.trim()).filter(Boolean) } });
  return (
    <footer className="bj-distribution" aria-label="报尾">
      {LISTS.map(([key, label, name]) => (
        <label key={key} className="bj-distribution-line">
          <span>{label}：</span>
          <input
            aria-label={name}
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
