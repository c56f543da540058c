/**
 * A reviewer's formatting of words (Word's `w:rPrChange`): what the run's properties were and are.
 * Bold and italic are the clerk's to accept or reject; whatever else changed (size, font, colour…)
 * the template sets for every word, so it is named for the clerk and not taken in.
 */
export interface FormatChange {
  author: string;
  date: string;
  bold?: boolean;
  italic?: boolean;
  /** What else the reviewer changed, as the clerk calls it (字号, 颜色…). */
  ignored: string[];
}

/** A run's properties: each element of its `w:rPr` by local name, with its attributes by local name. */
export type RunProperties = Map<string, Record<string, string>>;

/** Properties a reader sees, by their element, and what the clerk calls them. */
const VISIBLE: Record<string, string> = {
  sz: '字号',
  rFonts: '字体',
  color: '颜色',
  u: '下划线',
  strike: '删除线',
  dstrike: '删除线',
  highlight: '突出显示',
  shd: '底纹',
  vertAlign: '上下标',
  spacing: '字距',
  w: '字宽',
  position: '位置',
  em: '着重号',
  caps: '大写',
  smallCaps: '小型大写',
  rStyle: '字符样式',
};
/**
 * Properties LibreOffice leaves out of the old properties it writes: their absence there says nothing
 * about a change.
 */
const UNRECORDED = new Set(['rFonts', 'lang']);

const on = (e: Record<string, string> | undefined) => e !== undefined && !['0', 'false', 'off'].includes(e.val ?? '');
const values = (e: Record<string, string>) =>
  Object.entries(e)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(' ');

/** The formatting change of a run whose properties are `now`, were `was` (by `by`), or null where nothing anyone sees changed. */
export function formatChange(now: RunProperties, was: RunProperties, by: { author: string; date: string }): FormatChange | null {
  const out: FormatChange = { ...by, ignored: [] };
  if (on(now.get('b')) !== on(was.get('b'))) out.bold = on(now.get('b'));
  if (on(now.get('i')) !== on(was.get('i'))) out.italic = on(now.get('i'));
  const ignored = new Set<string>();
  for (const [name, label] of Object.entries(VISIBLE)) {
    const [a, b] = [was.get(name), now.get(name)];
    if (!a && UNRECORDED.has(name)) continue;
    if (a && b ? values(a) !== values(b) : a !== b) ignored.add(label);
  }
  out.ignored = [...ignored];
  return out.bold === undefined && out.italic === undefined && !out.ignored.length ? null : out;
}
