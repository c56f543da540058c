import type { CleanArticle } from '../cleanup/clean-article.ts';
import type { Run } from '../cleanup/raw-block.ts';
import type { DocNode } from '../model/doc.ts';
import { newId } from '../model/ids.ts';
import { MARK, NODE } from '../model/nodes.ts';

/** A node holding a line of text, or nothing. */
const withText = (type: string, s: string, attrs?: DocNode['attrs']): DocNode => ({ type, ...(attrs ? { attrs } : {}), ...(s ? { content: [{ type: NODE.text, text: s }] } : {}) });

/** A paragraph of runs, their bold and italic kept. */
export function paragraphOf(runs: readonly Run[]): DocNode {
  const content = runs
    .filter((r) => r.text)
    .map((r): DocNode => {
      const marks = [...(r.bold ? [{ type: MARK.bold }] : []), ...(r.italic ? [{ type: MARK.italic }] : [])];
      return { type: NODE.text, text: r.text, ...(marks.length ? { marks } : {}) };
    });
  return content.length ? { type: NODE.paragraph, content } : { type: NODE.paragraph };
}

/** A photo with its caption: `photo` its hash, '' for a slot waiting for one. */
export function figureOf(photo: string, caption: string, size: { width?: number; height?: number } = {}): DocNode {
  return withText(NODE.figure, caption, { id: newId(), photo: photo || null, width: size.width ?? null, height: size.height ?? null });
}

/**
 * The body of a cleaned article as the document stores it: paragraphs, headings at their levels and
 * its photos where they stood, then a photo slot for each caption the cleanup took out of the text,
 * so that no words are lost and the clerk sees where a photo is wanted.
 */
export function articleBody(article: CleanArticle): DocNode[] {
  const body = article.paragraphs.map((p): DocNode => {
    if (p.kind === 'figure') return figureOf(p.photo ?? '', p.text, p);
    const level = /^heading(\d)$/u.exec(p.kind)?.[1];
    return level ? { ...paragraphOf(p.runs), type: NODE.heading, attrs: { level: Number(level) } } : paragraphOf(p.runs);
  });
  return [...body, ...article.captions.map((c) => figureOf('', c))];
}

/** A whole article from a cleaned one: its title, subtitle, body and byline in their own fields. */
export function asArticle(article: CleanArticle, id: string): DocNode {
  const body = articleBody(article);
  return {
    type: NODE.article,
    attrs: { id },
    content: [
      withText(NODE.title, article.title),
      ...(article.subtitle ? [withText(NODE.subtitle, article.subtitle)] : []),
      ...(body.length ? body : [{ type: NODE.paragraph }]),
      withText(NODE.byline, article.byline),
    ],
  };
}
