import type { Node as PMNode } from '@tiptap/pm/model';
import { outlineItem, type OutlineItem } from '../../../../core/model/outline.ts';
import { plainText } from '../../../../core/model/text.ts';
import { forEachItem } from '../../../../core/model/items.ts';

/** One item (article, 心得, photo) as a version has it beside the page now. */
export interface ItemDiff {
  /** Named as the version has it (its title may have been typed over since). */
  item: OutlineItem;
  section: string;
  /** `added`: written since that version; `removed`: deleted since. */
  status: 'same' | 'changed' | 'added' | 'removed';
  /** The item's text in the version and now, a block a line ('' where it is missing). */
  before: string;
  after: string;
}

/**
 * Every item of the issue compared, in the page's order; an item deleted since comes after the
 * items of the section it was in. Items are equal as nodes, with the schema's defaults read in (a
 * stored photo slot may lack the width the editor writes).
 */
export function itemDiffs(version: PMNode, current: PMNode): ItemDiff[] {
  const old = new Map<string, PMNode>();
  forEachItem(version, (item) => old.set(String(item.attrs.id), item));
  const now = new Set<string>();
  forEachItem(current, (item) => now.add(String(item.attrs.id)));
  const diffs: ItemDiff[] = [];
  current.forEach((section) => {
    const heading = String(section.attrs.heading ?? '');
    section.forEach((node) => {
      const was = old.get(String(node.attrs.id));
      const before = was ? plainText(was) : '';
      const after = plainText(node);
      const status = !was ? 'added' : before === after && was.eq(node) ? 'same' : 'changed';
      diffs.push({ item: outlineItem(was ?? node), section: heading, status, before, after });
    });
    version.forEach((gone) => {
      if (gone.attrs.key !== section.attrs.key) return;
      gone.forEach((node) => {
        if (!now.has(String(node.attrs.id))) diffs.push({ item: outlineItem(node), section: heading, status: 'removed', before: plainText(node), after: '' });
      });
    });
  });
  return diffs;
}
