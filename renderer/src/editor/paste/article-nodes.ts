import type { Schema, Node as PMNode } from '@tiptap/pm/model';
import type { CleanArticle, CleanParagraph } from '../../../../core/cleanup/clean-article.ts';
import { NODE } from '../../../../core/model/nodes.ts';
import { newId } from '../../../../core/model/ids.ts';

function inline(schema: Schema, p: Pick<CleanParagraph, 'runs'>): PMNode[] {
  return p.runs
    .filter((r) => r.text)
    .map((r) => {
      const marks = [...(r.bold ? [schema.marks.bold!.create()] : []), ...(r.italic ? [schema.marks.italic!.create()] : [])];
      return schema.text(r.text, marks);
    });
}

/**
 * The body of a cleaned article as editor nodes: paragraphs, headings at their levels and the
 * contribution's photos where they stood, then a photo slot for each caption the cleanup took out
 * of the text, so that no words are lost and the clerk sees where a photo is wanted. The title, subtitle and byline go to the article's own
 * fields when they are empty (see paste).
 */
export function bodyNodes(schema: Schema, article: CleanArticle): PMNode[] {
  const text = article.paragraphs.map((p) => {
    // A picture of the contribution, stored with it: a photo where it stood (a slot where it could not be kept).
    if (p.kind === 'figure')
      return schema.nodes[NODE.figure]!.create({ id: newId(), photo: p.photo || null, width: p.width ?? null, height: p.height ?? null }, p.text ? schema.text(p.text) : null);
    const level = /^heading(\d)$/u.exec(p.kind)?.[1];
    return level
      ? schema.nodes[NODE.heading]!.create({ level: Number(level) }, inline(schema, p))
      : schema.nodes[NODE.paragraph]!.create(null, inline(schema, p));
  });
  const slots = article.captions.map((c) => schema.nodes[NODE.figure]!.create({ id: newId() }, c ? schema.text(c) : null));
  return [...text, ...slots];
}

/** A line of plain text as a paragraph (for a title that cannot go into a title field). */
export function plainParagraph(schema: Schema, text: string): PMNode {
  return schema.nodes[NODE.paragraph]!.create(null, text ? schema.text(text) : null);
}

/** A whole article node from a cleaned article (a submission placed from the 收稿箱). */
export function articleNode(schema: Schema, article: CleanArticle, id: string): PMNode {
  const text = (s: string) => (s ? schema.text(s) : null);
  const body = bodyNodes(schema, article);
  return schema.nodes[NODE.article]!.create({ id }, [
    schema.nodes[NODE.title]!.create(null, text(article.title)),
    ...(article.subtitle ? [schema.nodes[NODE.subtitle]!.create(null, text(article.subtitle))] : []),
    ...(body.length ? body : [schema.nodes[NODE.paragraph]!.create()]),
    schema.nodes[NODE.byline]!.create(null, text(article.byline)),
  ]);
}
