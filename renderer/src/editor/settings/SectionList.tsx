import { ITEM_NAMES } from '../../../../core/model/items.ts';
import { moved, newSectionRow, TAKES, takesValue, type SectionRow } from './section-rows.ts';

interface Props {
  rows: SectionRow[];
  onRows: (rows: SectionRow[]) => void;
  /** Sections removed that held items: their heading, how many, and the key of the section they go to. */
  removed: { row: SectionRow; moveTo: string }[];
  onRemoved: (removed: { row: SectionRow; moveTo: string }[]) => void;
}

/** The usual choices, and a section's own where it takes another mix (as one read from a past issue may). */
function takeChoices(row: SectionRow) {
  if (TAKES.some((t) => takesValue(t.accepts) === takesValue(row.accepts))) return TAKES;
  return [...TAKES, { accepts: row.accepts, label: `放${row.accepts.map((k) => ITEM_NAMES[k]).join('、')}` }];
}

/** The sections of 简报设置: rename, choose what each takes, reorder, add, remove (asking where the items go). */
export function SectionList({ rows, onRows, removed, onRemoved }: Props) {
  const change = (index: number, over: Partial<SectionRow>) => onRows(rows.map((r, i) => (i === index ? { ...r, ...over } : r)));
  const remove = (index: number) => {
    const row = rows[index]!;
    const rest = rows.filter((_, i) => i !== index);
    const target = rest.find((r) => r.key && takesValue(r.accepts) === takesValue(row.accepts)) ?? rest.find((r) => r.key);
    if (row.items && row.key) onRemoved([...removed, { row, moveTo: target?.key ?? '' }]);
    onRows(rest);
  };
  const kept = rows.filter((r): r is SectionRow & { key: string } => Boolean(r.key));
  return (
    <fieldset className="bj-settings-sections">
      <legend>栏目（按印出的顺序）</legend>
      <ol>
        {rows.map((r, i) => (
          <li key={r.row}>
            <input aria-label={`第${i + 1}个栏目的名称`} value={r.heading} maxLength={40} onChange={(e) => change(i, { heading: e.target.value })} />
            <select aria-label={`${r.heading}放什么`} value={takesValue(r.accepts)} disabled={r.items > 0} title={r.items > 0 ? '栏目中已有稿件，不能改放别的' : undefined} onChange={(e) => change(i, { accepts: TAKES.find((t) => takesValue(t.accepts) === e.target.value)!.accepts })}>
              {takeChoices(r).map((t) => (
                <option key={takesValue(t.accepts)} value={takesValue(t.accepts)}>
                  {t.label}
                </option>
              ))}
            </select>
            <select aria-label={`${r.heading}在目录中`} value={r.inToc} onChange={(e) => change(i, { inToc: e.target.value as SectionRow['inToc'] })}>
              <option value="items">目录列出各篇</option>
              <option value="heading">目录只列栏目名</option>
            </select>
            <span className="bj-settings-count">{r.items ? `${r.items} 篇` : '空'}</span>
            <button type="button" aria-label={`上移${r.heading}`} disabled={i === 0} onClick={() => onRows(moved(rows, i, -1))}>
              ↑
            </button>
            <button type="button" aria-label={`下移${r.heading}`} disabled={i === rows.length - 1} onClick={() => onRows(moved(rows, i, 1))}>
              ↓
            </button>
            <button type="button" aria-label={`删除${r.heading}`} disabled={rows.length === 1} onClick={() => remove(i)}>
              删除
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onRows([...rows, newSectionRow()])}>
        添加栏目
      </button>
      {removed.map((m, i) => (
        <p key={m.row.row} className="bj-settings-move">
          <label>
            删除的{m.row.heading}中有 {m.row.items} 篇稿件，移到
            <select value={m.moveTo} onChange={(e) => onRemoved(removed.map((x, j) => (j === i ? { ...x, moveTo: e.target.value } : x)))}>
              <option value="">（请选择栏目）</option>
              {kept.map((k) => (
                <option key={k.key} value={k.key}>
                  {k.heading}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => (onRemoved(removed.filter((_, j) => j !== i)), onRows([...rows, m.row]))}>
            不删了
          </button>
        </p>
      ))}
    </fieldset>
  );
}
