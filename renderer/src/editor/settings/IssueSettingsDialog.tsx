import { useState } from 'react';
import type { IssueContent } from '../../../../core/model/issue.ts';
import type { OutlineSection } from '../../../../core/model/outline.ts';
import { settingsOf, type IssueSettings } from '../../../../core/template/settings.ts';
import { errorText } from '../../api/client.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { FormEnd } from '../../app/FormEnd.tsx';
import { SectionList } from './SectionList.tsx';
import { sectionRow, type SectionRow } from './section-rows.ts';
import './settings.css';

interface Props {
  issue: IssueContent;
  sections: OutlineSection[];
  /** Applies the settings; a failure is shown in the dialog, which stays open. */
  onSubmit: (settings: IssueSettings) => Promise<void>;
  onCancel: () => void;
}

const lines = (text: string) => text.split(/\n/u).map((l) => l.trim()).filter(Boolean);

/** 简报设置: name, masthead, sections and what each takes, page rules and 报/送/发, for this issue and the series' next ones. */
export function IssueSettingsDialog({ issue, sections, onSubmit, onCancel }: Props) {
  const start = settingsOf(issue);
  const [form, setForm] = useState({ ...start, bao: start.distribution.bao.join('\n'), song: start.distribution.song.join('\n'), fa: start.distribution.fa.join('\n') });
  const [rows, setRows] = useState<SectionRow[]>(() => start.sections.map((s) => sectionRow(s, sections.find((o) => o.key === s.key)?.items.length ?? 0)));
  const [removed, setRemoved] = useState<{ row: SectionRow; moveTo: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useDialog(busy ? null : onCancel);
  const set = (over: Partial<typeof form>) => setForm((f) => ({ ...f, ...over }));

  const submit = () => {
    const unplaced = removed.find((m) => !m.moveTo);
    if (unplaced) return setError(`请选好删除的${unplaced.row.heading}中的 ${unplaced.row.items} 篇稿件移到哪个栏目。`);
    setBusy(true);
    setError(null);
    const settings: IssueSettings = {
      name: form.name,
      seriesTitle: form.seriesTitle,
      issuingUnit: form.issuingUnit,
      color: form.color,
      articleStartsNewPage: form.articleStartsNewPage,
      toc: form.toc,
      sections: rows.map((r) => ({ ...(r.key ? { key: r.key } : {}), heading: r.heading, accepts: r.accepts, inToc: r.inToc })),
      moveItems: Object.fromEntries(removed.map((m) => [m.row.key!, m.moveTo])),
      distribution: { bao: lines(form.bao), song: lines(form.song), fa: lines(form.fa) },
    };
    onSubmit(settings).catch((e: unknown) => {
      setBusy(false);
      setError(errorText(e));
    });
  };

  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal bj-settings" {...dialog} aria-label="简报设置">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h2>简报设置</h2>
          <p>改动用于本期，也用于以后新建的各期；改动前的本期存入历史版本。</p>
          <div className="bj-settings-grid">
            <label className="bj-field">
              简报名称
              <input value={form.name} maxLength={60} onChange={(e) => set({ name: e.target.value })} />
            </label>
            <label className="bj-field">
              报头标题
              <input value={form.seriesTitle} maxLength={200} onChange={(e) => set({ seriesTitle: e.target.value })} />
            </label>
            <label className="bj-field">
              编印单位
              <input value={form.issuingUnit} maxLength={200} onChange={(e) => set({ issuingUnit: e.target.value })} />
            </label>
            <label className="bj-field">
              报头颜色
              <input type="color" value={form.color.toLowerCase()} onChange={(e) => set({ color: e.target.value })} />
            </label>
          </div>
          <SectionList rows={rows} onRows={setRows} removed={removed} onRemoved={setRemoved} />
          <fieldset className="bj-settings-layout">
            <legend>版式</legend>
            <label>
              <input type="checkbox" checked={form.articleStartsNewPage} onChange={(e) => set({ articleStartsNewPage: e.target.checked })} />
              每个栏目、每篇文章另起一页（不选：连排）
            </label>
            <label>
              <input type="checkbox" checked={form.toc} onChange={(e) => set({ toc: e.target.checked })} />
              报头后印目录（不选：正文紧接报头）
            </label>
          </fieldset>
          <fieldset className="bj-settings-distribution">
            <legend>报送范围（每行一个单位）</legend>
            <label className="bj-field">
              报
              <textarea rows={2} value={form.bao} onChange={(e) => set({ bao: e.target.value })} />
            </label>
            <label className="bj-field">
              送
              <textarea rows={2} value={form.song} onChange={(e) => set({ song: e.target.value })} />
            </label>
            <label className="bj-field">
              发
              <textarea rows={2} value={form.fa} onChange={(e) => set({ fa: e.target.value })} />
            </label>
          </fieldset>
          <FormEnd error={error} busy={busy} onCancel={onCancel} />
        </form>
      </div>
    </div>
  );
}
