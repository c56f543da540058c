import { attr, child, elements, W } from './docx-xml.ts';

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

const on = (el: Element | undefined) => el !== undefined && !['0', 'false', 'off'].includes(attr(el, 'val'));

function properties(rPr: Element | null): Map<string, Element> {
  return new Map((rPr ? elements(rPr) : []).filter((e) => e.namespaceURI === W && e.localName !== 'rPrChange').map((e) => [e.localName, e]));
}

const same = (a: Element, b: Element) => {
  const values = (e: Element) => {
    const out: string[] = [];
    for (let i = 0; i < e.attributes.length; i++) out.push(`${e.attributes.item(i)!.localName}=${e.attributes.item(i)!.value}`);
    return out.sort().join(' ');
  };
  return values(a) === values(b);
};

/** The formatting change a run's `w:rPr` records, or null where it records none (or only what no one sees). */
export function formatChange(rPr: Element | null): FormatChange | null {
  const change = rPr && child(rPr, 'rPrChange');
  if (!rPr || !change) return null;
  const now = properties(rPr);
  const was = properties(child(change, 'rPr'));
  const out: FormatChange = { author: attr(change, 'author'), date: attr(change, 'date'), ignored: [] };
  if (on(now.get('b')) !== on(was.get('b'))) out.bold = on(now.get('b'));
  if (on(now.get('i')) !== on(was.get('i'))) out.italic = on(now.get('i'));
  const ignored = new Set<string>();
  for (const [name, label] of Object.entries(VISIBLE)) {
    const [a, b] = [was.get(name), now.get(name)];
    if (!a && UNRECORDED.has(name)) continue;
    if (a && b ? !same(a, b) : a !== b) ignored.add(label);
  }
  out.ignored = [...ignored];
  return out.bold === undefined && out.italic === undefined && !out.ignored.length ? null : out;
}
