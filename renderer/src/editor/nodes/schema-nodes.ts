import type { AnyExtension } from '@tiptap/core';
import { IssueDocument } from './document.ts';
import { Section } from './section.ts';
import { Article } from './article.ts';
import { Reflection } from './reflection.ts';
import { EditorsNote } from './editors-note.ts';
import { ArticleTitle } from './article-title.ts';
import { ArticleSubtitle } from './article-subtitle.ts';
import { Byline } from './byline.ts';
import { Paragraph } from './paragraph.ts';
import { Text } from './text.ts';
import { Heading } from './heading.ts';
import { Blockquote } from './blockquote.ts';
import { Figure, type FigureViewOptions } from './figure.ts';
import { Bold } from '../marks/bold.ts';
import { Italic } from '../marks/italic.ts';
import { Insertion } from '../marks/insertion.ts';
import { Deletion } from '../marks/deletion.ts';
import { Formatting } from '../marks/formatting.ts';
import { CommentRange } from '../marks/comment.ts';

/** Every node and mark of the core's schema (core/schema/issue-schema.ts) as the editor's Tiptap extensions. */
export function schemaNodes(photos: FigureViewOptions): AnyExtension[] {
  return [
    IssueDocument,
    Section,
    Article,
    Reflection,
    EditorsNote,
    ArticleTitle,
    ArticleSubtitle,
    Byline,
    Paragraph,
    Text,
    Bold,
    Italic,
    Heading,
    Blockquote,
    Figure.configure(photos),
    Insertion,
    Deletion,
    Formatting,
    CommentRange,
  ];
}
