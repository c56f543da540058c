import type { Template } from '../model/template.ts';
import type { Node as PMNode } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';
import { ITEM_NAMES, itemName } from '../model/items.ts';

/** A section as the template's rules see it: its key and what kind of item each of its items is. */
export interface PlacedSection {
  key: string;
  items: { kind: string; name: () => string }[];
}

/** Why a section cannot hold items of this kind (`只能放入照片`), or null when it can: a 放入… menu shows it beside the section. */
export function whyNot(template: Template, sectionKey: string, kind: string): string | null {
  const section = template.sections.find((s) => s.key === sectionKey);
  if (!section || section.accepts.includes(kind as (typeof section.accepts)[number])) return null;
  return `只能放入${section.accepts.map((k) => ITEM_NAMES[k]).join('、')}`;
}

/** Whether the template lets a section hold items of this kind; a message when it does not. */
export function placementProblem(template: Template, sectionKey: string, kind: string): string | null {
  const why = whyNot(template, sectionKey, kind);
  return why && `${template.sections.find((s) => s.key === sectionKey)!.heading}${why}。`;
}

/**
 * What a contributor's essay becomes in a section: an article where the section takes articles, a
 * 心得体会 where it takes those instead (see as-reflection.ts), or null where it takes neither.
 */
export function submissionKind(template: Template, sectionKey: string): typeof NODE.article | typeof NODE.reflection | null {
  if (!whyNot(template, sectionKey, NODE.article)) return NODE.article;
  if (!whyNot(template, sectionKey, NODE.reflection)) return NODE.reflection;
  return null;
}

/**
 * The first way an issue breaks its template's rules, in Chinese naming the item and the section, or
 * null: sections the template has, each once and in its order, each holding only what it accepts.
 * Checked on every save, load, opened file and import, and by the editor's guard.
 */
export function templateFault(sections: readonly PlacedSection[], template: Template): string | null {
  let last = -1;
  for (const section of sections) {
    const at = template.sections.findIndex((s) => s.key === section.key);
    if (at < 0) return `模板“${template.name}”中没有栏目“${section.key}”。`;
    if (at <= last) return `栏目${template.sections[at]!.heading}重复或顺序与模板“${template.name}”不符。`;
    last = at;
    const max = template.sections[at]!.maxItems;
    if (max !== undefined && section.items.length > max) return `${template.sections[at]!.heading}只能放 ${max} 篇，现在有 ${section.items.length} 篇。`;
    for (const item of section.items) {
      const problem = placementProblem(template, section.key, item.kind);
      if (problem) return `${item.name()}不能放在${template.sections[at]!.heading}：${problem}`;
    }
  }
  return null;
}

/** The sections of a document, for `templateFault`; an item's name is read only for a message. */
export function sectionsOf(doc: PMNode): PlacedSection[] {
  const sections: PlacedSection[] = [];
  doc.forEach((section) => {
    const items: PlacedSection['items'] = [];
    section.forEach((item) => items.push({ kind: item.type.name, name: () => itemName(item) }));
    sections.push({ key: String(section.attrs.key ?? ''), items });
  });
  return sections;
}
