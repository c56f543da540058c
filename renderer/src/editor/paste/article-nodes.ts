import type { Schema, Node as PMNode } from '@tiptap/pm/model';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { NODE } from '../../../../core/model/nodes.ts';
import { articleBody, asArticle } from '../../../../core/template/as-article.ts';

/**
 * The body of a cleaned article as editor nodes: paragraphs, headings at their levels and the
 * contribution's photos where they stood, then a photo slot for each caption the cleanup took out
 * of the text, so that no words are lost and the clerk sees where a photo is wanted. The title, subtitle and byline go to the article's own
 * fields when they are empty (see paste).
 */
export function bodyNodes(schema: Schema, article: CleanArticle): PMNode[] {
  return articleBody(article).map((node) => schema.nodeFromJSON(node));
}

/** A line of plain text as a paragraph (for a title that cannot go into a title field). */
export function plainParagraph(schema: Schema, text: string): PMNode {
  return schema.nodes[NODE.paragraph]!.create(null, text ? schema.text(text) : null);
}

/** A whole article node from a cleaned article (a submission placed from the 收稿箱). */
export function articleNode(schema: Schema, article: CleanArticle, id: string): PMNode {
  return schema.nodeFromJSON(asArticle(article, id));
}
