import type { DocNode } from '../../../../core/model/doc.ts';
import { outlineItem, type OutlineItem } from '../../../../core/model/outline.ts';
import { plainText } from '../../../../core/model/text.ts';
import { issueSchema } from '../../../../core/schema/issue-schema.ts';

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

const itemsOf = (section: DocNode) => section.content ?? [];

/** Equal as documents, with the schema's defaults read in: a stored photo slot may lack the width the editor writes. */
const sameNode = (a: DocNode, b: DocNode) => issueSchema().nodeFromJSON(a).eq(issueSchema().nodeFromJSON(b));

/**
 * Every item of the issue compared, in the page's order; an item deleted since comes after the
 * items of the section it was in.
 */
export function itemDiffs(version: DocNode, current: DocNode): ItemDiff[] {
  const old = new Map<string, DocNode>();
  for (const section of version.content ?? []) for (const item of itemsOf(section)) old.set(String(item.attrs?.id), item);
  const now = new Set((current.content ?? []).flatMap((s) => itemsOf(s).map((item) => String(item.attrs?.id))));
  const diffs: ItemDiff[] = [];
  for (const section of current.content ?? []) {
    const heading = String(section.attrs?.heading ?? '');
    for (const node of itemsOf(section)) {
      const was = old.get(String(node.attrs?.id));
      const before = was ? plainText(was) : '';
      const after = plainText(node);
      const status = !was ? 'added' : before === after && sameNode(was, node) ? 'same' : 'changed';
      diffs.push({ item: outlineItem(was ?? node), section: heading, status, before, after });
    }
    const gone = (version.content ?? []).find((s) => s.attrs?.key === section.attrs?.key);
    for (const node of gone ? itemsOf(gone) : [])
      if (!now.has(String(node.attrs?.id))) diffs.push({ item: outlineItem(node), section: heading, status: 'removed', before: plainText(node), after: '' });
  }
  return diffs;
}
