import type { TemplateSection } from '../../../../core/model/template.ts';
import type { ItemKind } from '../../../../core/model/nodes.ts';
import { NODE } from '../../../../core/model/nodes.ts';

/** What a section takes, as 简报设置 offers it: the combinations the built-in styles use. */
export const TAKES: { accepts: ItemKind[]; label: string }[] = [
  { accepts: [NODE.article], label: '放文章' },
  { accepts: [NODE.article, NODE.editorsNote], label: '放文章和编者按' },
  { accepts: [NODE.reflection], label: '放心得体会' },
  { accepts: [NODE.figure], label: '放照片' },
];

/** The value of a section's choice in the dialog's list. */
export const takesValue = (accepts: readonly string[]) => accepts.join('+');

/** A section as the dialog edits it: `key` when it is one the issue has, `items` what it holds now. */
export interface SectionRow {
  row: number;
  key?: string;
  heading: string;
  accepts: ItemKind[];
  inToc: TemplateSection['inToc'];
  items: number;
}

let rows = 0;

export function sectionRow(section: Pick<TemplateSection, 'heading' | 'accepts' | 'inToc'> & { key?: string }, items: number): SectionRow {
  return { row: ++rows, ...(section.key ? { key: section.key } : {}), heading: section.heading, accepts: section.accepts as ItemKind[], inToc: section.inToc, items };
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
