import { VERSION_REASONS, type VersionEntry } from '../../../../core/api/contract.ts';

export interface VersionRow {
  entry: VersionEntry;
  /** 打开时, 大段删除前… */
  reason: string;
  /** The change in 字数 against the version before it; null for the oldest. */
  delta: number | null;
}

/** Newest first, each with its change in 字数; the named ones pinned above the rest. */
export function versionRows(entries: readonly VersionEntry[]): { named: VersionRow[]; others: VersionRow[] } {
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  const rows = newestFirst.map((entry, i) => {
    const older = newestFirst[i + 1];
    return { entry, reason: VERSION_REASONS[entry.reason], delta: older ? entry.chars - older.chars : null };
  });
  return { named: rows.filter((r) => r.entry.name), others: rows.filter((r) => !r.entry.name) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 今天 14:05:31, 6月3日 09:30, 2024年6月3日 09:30: as short as the clerk can still tell them apart. */
export function versionTime(iso: string, now = new Date()): string {
  const t = new Date(iso);
  const clock = `${pad(t.getHours())}:${pad(t.getMinutes())}`;
  // Today's versions come minutes apart, several before sweeping changes: the seconds tell them apart.
  if (t.toDateString() === now.toDateString()) return `今天 ${clock}:${pad(t.getSeconds())}`;
  const day = `${t.getMonth() + 1}月${t.getDate()}日 ${clock}`;
  return t.getFullYear() === now.getFullYear() ? day : `${t.getFullYear()}年${day}`;
}

/** +12 字, −300 字. */
export function charsDelta(delta: number): string {
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta).toLocaleString('zh-CN')} 字`;
}
