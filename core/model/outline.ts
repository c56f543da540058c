import type { Node as PMNode } from 'prosemirror-model';
import { NODE, type ItemKind } from './nodes.ts';
import { openingWords, plainText } from './text.ts';
import { itemChars } from './item-chars.ts';
import { parseByline, tocAuthors } from './byline.ts';
import { childOfType } from './items.ts';

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

function childText(node: PMNode, type: string): string {
  const child = childOfType(node, type);
  return child ? plainText(child).trim() : '';
}

export function outlineItem(node: PMNode): OutlineItem {
  const kind = node.type.name as ItemKind;
  const id = String(node.attrs.id ?? '');
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
  if (kind === NODE.editorsNote) return { id, kind, label: `编者按：${openingWords(childText(node, NODE.paragraph))}`, title: '', authors: [], chars };
  const caption = plainText(node).trim();
  return { id, kind, label: caption || '（照片）', title: caption, authors, chars };
}

/** Sections and their items, read from the document: what the outline and the 目录 show. */
export function outlineOf(doc: PMNode): OutlineSection[] {
  const sections: OutlineSection[] = [];
  doc.forEach((s) => {
    const items: OutlineItem[] = [];
    s.forEach((item) => items.push(outlineItem(item)));
    sections.push({ id: String(s.attrs.id ?? ''), key: String(s.attrs.key ?? ''), heading: String(s.attrs.heading ?? ''), items });
  });
  return sections;
}
