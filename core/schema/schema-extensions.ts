import type { AnyExtension } from '@tiptap/core';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import Bold from '@tiptap/extension-bold';
import Italic from '@tiptap/extension-italic';
import { IssueDocument } from './document.ts';
import { Section } from './section.ts';
import { Article, Reflection } from './article.ts';
import { ArticleTitle, ArticleSubtitle, Byline } from './textblocks.ts';
import { BodyHeading } from './heading.ts';
import { Quotation } from './blockquote.ts';
import { Figure } from './figure.ts';
import { Insertion, Deletion, Formatting, CommentRange, revisionAttribute } from './review-marks.ts';

/** A body paragraph, which may carry a reviewer's change to its break (core/review/paragraph-marks.ts). */
const BodyParagraph = Paragraph.extend({ addAttributes: () => ({ ...revisionAttribute }) });

/**
 * Every node and mark of the issue document, once: the editor is built from these (adding only
 * views and commands), and every stored, loaded or imported document is checked against them.
 */
export const SCHEMA_EXTENSIONS: readonly AnyExtension[] = [
  IssueDocument,
  Section,
  Article,
  Reflection,
  ArticleTitle,
  ArticleSubtitle,
  Byline,
  BodyParagraph,
  Text,
  Bold,
  Italic,
  BodyHeading,
  Quotation,
  Figure,
  Insertion,
  Deletion,
  Formatting,
  CommentRange,
];
