import type { DocNode } from './doc.ts';
import { NODE, type ItemKind } from './nodes.ts';
import { openingWords, plainText } from './text.ts';
import { itemChars } from './item-chars.ts';
import { parseByline, tocAuthors } from './byline.ts';

export interface OutlineItem {
  id: string;
  kind: ItemKind;
  /** Article title, the caption of a photo, or the opening words of a reflection. */
  label: string;
  title: string;
  authors: string[];
  chars: number;
}

export interface OutlineSection {
  id: string;
  key: string;
  heading: string;
  items: OutlineItem[];
}

function childText(node: DocNode, type: string): string {
  const child = node.content?.find((c) => c.type === type);
  return child ? plainText(child).trim() : '';
}

export function outlineItem(node: DocNode): OutlineItem {
  const kind = node.type as ItemKind;
  const id = String(node.attrs?.id ?? '');
  const chars = itemChars(node);
  const byline = childText(node, NODE.byline);
  const authors = byline ? tocAuthors(parseByline(byline)) : [];
  if (kind === NODE.article) {
    const title = childText(node, NODE.title);
    return { id, kind, label: title || '（无标题）', title, authors, chars };
  }
  if (kind === NODE.reflection) {
    return { id, kind, label: openingWords(childText(node, NODE.paragraph)), title: '', authors, chars };
  }
  const caption = plainText(node).trim();
  return { id, kind, label: caption || '（照片）', title: caption, authors, chars };
}

/** Sections and their items, read from the document: what the outline and the 目录 show. */
export function outlineOf(doc: DocNode): OutlineSection[] {
  return (doc.content ?? [])
    .filter((s) => s.type === NODE.section)
    .map((s) => ({
      id: String(s.attrs?.id ?? ''),
      key: String(s.attrs?.key ?? ''),
      heading: String(s.attrs?.heading ?? ''),
      items: (s.content ?? []).map(outlineItem),
    }));
}
