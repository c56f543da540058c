import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import type { CleanArticle } from '../../../../core/cleanup/clean-article.ts';
import { NODE } from '../../../../core/model/nodes.ts';
import { bodyNodes, plainParagraph } from './article-nodes.ts';
import { ONE_LINE } from '../../../../core/editing/item-blocks.ts';
import { BLOCK_DEPTH, ITEM_DEPTH } from '../../../../core/model/depths.ts';

function flatText(article: CleanArticle): string {
  return [article.title, article.subtitle, ...article.paragraphs.map((p) => p.text), article.byline].filter(Boolean).join('');
}

/** Replaces a child's empty text in the transaction (title, subtitle or byline of the item at `itemPos`). */
function setChildText(tr: Transaction, itemPos: number, type: string, text: string): boolean {
  const item = tr.doc.nodeAt(itemPos);
  if (!item) return false;
  let pos = itemPos + 1;
  for (let i = 0; i < item.childCount; i++) {
    const child = item.child(i);
    if (child.type.name === type) {
      if (child.textContent.trim()) return false;
      tr.replaceWith(pos + 1, pos + child.nodeSize - 1, tr.doc.type.schema.text(text));
      return true;
    }
    pos += child.nodeSize;
  }
  return false;
}

/**
 * Puts a cleaned article where the cursor is, in one undoable step: into a one-line field as text;
 * into an article as body paragraphs and headings, filling its empty title, subtitle and byline.
 */
export function insertArticle(tr: Transaction, article: CleanArticle): Transaction {
  const { $from } = tr.selection;
  const schema = tr.doc.type.schema;
  const inline = article.paragraphs.length <= 1 && !article.title && !article.subtitle && !article.byline;
  if (inline || ONE_LINE.has($from.parent.type.name) || $from.depth < BLOCK_DEPTH) return tr.insertText(flatText(article)).scrollIntoView();
  const item = $from.node(ITEM_DEPTH);
  const itemPos = $from.before(ITEM_DEPTH);
  const from = tr.selection.from;
  const stepsBefore = tr.steps.length; // the transaction may already hold steps (恢复原文 takes the paste back first)
  const inArticle = item.type.name === NODE.article;
  let nodes: PMNode[] = bodyNodes(schema, article);
  if (!inArticle) nodes = nodes.map((n) => (n.type.name === NODE.paragraph ? n : plainParagraph(schema, n.textContent)));

  const titleFilled = inArticle && article.title ? setChildText(tr, itemPos, NODE.title, article.title) : false;
  if (article.title && !titleFilled) nodes.unshift(plainParagraph(schema, article.title));
  if (article.subtitle && inArticle && titleFilled && !item.content.content.some((c) => c.type.name === NODE.subtitle)) {
    const titleNode = tr.doc.nodeAt(itemPos)!.child(0);
    tr.insert(itemPos + 1 + titleNode.nodeSize, schema.nodes[NODE.subtitle]!.create(null, schema.text(article.subtitle)));
  } else if (article.subtitle) nodes.unshift(plainParagraph(schema, article.subtitle));
  if (article.byline && !setChildText(tr, itemPos, NODE.byline, article.byline)) nodes.push(plainParagraph(schema, `（${article.byline}）`));
  if (!nodes.length) return tr.scrollIntoView();

  // Into the block at the cursor: replace it when empty, else go after it.
  const $pos = tr.doc.resolve(tr.mapping.slice(stepsBefore).map(from));
  const block = $pos.node(BLOCK_DEPTH);
  const blockStart = $pos.before(BLOCK_DEPTH);
  const at = block.content.size === 0 ? blockStart : $pos.after(BLOCK_DEPTH);
  if (block.content.size === 0) tr.replaceWith(blockStart, blockStart + block.nodeSize, nodes);
  else tr.insert(at, nodes);
  const end = at + nodes.reduce((n, node) => n + node.nodeSize, 0);
  return tr.setSelection(TextSelection.near(tr.doc.resolve(end - 1), -1)).scrollIntoView();
}
