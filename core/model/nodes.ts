/**
 * Node and mark names of the issue document: the core's schema (core/schema/issue-schema.ts), the
 * editor's Tiptap nodes that wrap it and every reader of the stored JSON use these names.
 */
export const NODE = {
  doc: 'doc',
  section: 'section',
  article: 'article',
  title: 'articleTitle',
  subtitle: 'articleSubtitle',
  byline: 'byline',
  reflection: 'reflection',
  editorsNote: 'editorsNote',
  figure: 'figure',
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'blockquote',
  text: 'text',
} as const;

export const MARK = { bold: 'bold', italic: 'italic', insertion: 'insertion', deletion: 'deletion', formatting: 'formatting', comment: 'comment' } as const;

export type ItemKind = typeof NODE.article | typeof NODE.reflection | typeof NODE.figure | typeof NODE.editorsNote;
export const ITEM_KINDS: readonly ItemKind[] = [NODE.article, NODE.reflection, NODE.figure, NODE.editorsNote];

export const HEADING_LEVELS = [1, 2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
