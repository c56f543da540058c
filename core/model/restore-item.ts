import type { DocNode } from './doc.ts';

function locate(doc: DocNode, itemId: string): { section: number; index: number } | null {
  const sections = doc.content ?? [];
  for (let s = 0; s < sections.length; s++) {
    const index = (sections[s]!.content ?? []).findIndex((item) => item.attrs?.id === itemId);
    if (index >= 0) return { section: s, index };
  }
  return null;
}

/**
 * 只恢复这篇: the current document with one item as an older version has it: in its place when it
 * is still there, else back in the section it was in, at the same position as far as there is one.
 * Returns null when the version has no such item.
 */
export function withItemFrom(current: DocNode, version: DocNode, itemId: string): DocNode | null {
  const from = locate(version, itemId);
  if (!from) return null;
  const old = version.content![from.section]!;
  const item = old.content![from.index]!;
  const doc = structuredClone(current);
  const here = locate(doc, itemId);
  if (here) {
    doc.content![here.section]!.content![here.index] = item;
    return doc;
  }
  const section = (doc.content ?? []).find((s) => s.attrs?.key === old.attrs?.key);
  if (!section) return null;
  section.content ??= [];
  section.content.splice(Math.min(from.index, section.content.length), 0, item);
  return doc;
}
