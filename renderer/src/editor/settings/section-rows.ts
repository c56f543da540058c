import type { TemplateSection } from '../../../../core/model/template.ts';
import type { ItemKind } from '../../../../core/model/nodes.ts';
import { NODE } from '../../../../core/model/nodes.ts';

/** What a section takes, as 简报设置 offers it: one kind each, as the built-in styles have it. */
export const KINDS: { kind: ItemKind; label: string }[] = [
  { kind: NODE.article, label: '文章' },
  { kind: NODE.reflection, label: '心得体会' },
  { kind: NODE.figure, label: '照片' },
];

/** A section as the dialog edits it: `key` when it is one the issue has, `items` what it holds now. */
export interface SectionRow {
  row: number;
  key?: string;
  heading: string;
  kind: ItemKind;
  inToc: TemplateSection['inToc'];
  items: number;
}

let rows = 0;

export function sectionRow(section: Pick<TemplateSection, 'heading' | 'accepts' | 'inToc'> & { key?: string }, items: number): SectionRow {
  return { row: ++rows, ...(section.key ? { key: section.key } : {}), heading: section.heading, kind: section.accepts[0] as ItemKind, inToc: section.inToc, items };
}

/** A new section: articles, each listed in the 目录. */
export function newSectionRow(): SectionRow {
  return sectionRow({ heading: '【新栏目】', accepts: [NODE.article], inToc: 'items' }, 0);
}

/** A section moved one place up (-1) or down (1). */
export function moved(list: SectionRow[], index: number, by: -1 | 1): SectionRow[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
