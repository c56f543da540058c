import type { Node as PMNode } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';
import { plainText } from '../model/text.ts';
import { outlineItem } from '../model/outline.ts';
import { childOfType, forEachItem } from '../model/items.ts';
import type { Finding, Formulations } from './finding.ts';
import { checkText } from './check-text.ts';
import { yearStyleFindings } from './rules-numbers.ts';
import { missingParts } from './item-parts.ts';

/** A finding in an issue: the item it is in, and its line (block) and column in the item's plain text. */
export interface IssueFinding extends Finding {
  item: string;
  itemId: string;
  line: number;
  column: number;
}

function textblocks(item: PMNode): PMNode[] {
  const out: PMNode[] = [];
  if (item.isTextblock) out.push(item);
  item.descendants((node) => {
    if (node.isTextblock) out.push(node);
    return !node.isTextblock;
  });
  return out;
}

/** 校对 for a whole issue: every textblock of every item, years written one way, and the briefing's own consistency checks. */
export function checkIssue(doc: PMNode, dict: Formulations): IssueFinding[] {
  const out: IssueFinding[] = [];
  const blocks: { text: string; item: string; itemId: string; line: number }[] = [];
  forEachItem(doc, (item, { section }) => {
    const info = outlineItem(item);
    const name = info.kind === NODE.article ? `《${info.label}》` : `${String(section.attrs.heading ?? '')}中的“${info.label}”`;
    textblocks(item).forEach((block, index) => {
      const text = plainText(block);
      blocks.push({ text, item: name, itemId: info.id, line: index + 1 });
      // A byline keeps the space between unit and name (`区委组织部 李明`), as a title keeps the one between its phrases.
      for (const f of checkText(text, dict, { title: block.type.name === NODE.title || block.type.name === NODE.byline }))
        out.push({ ...f, item: name, itemId: info.id, line: index + 1, column: [...text.slice(0, f.offset)].length + 1 });
    });
    const part = (type: string) => {
      const node = childOfType(item, type);
      return node ? plainText(node) : null;
    };
    for (const { message } of missingParts(info.kind, part(NODE.title), part(NODE.byline)))
      out.push({ offset: 0, length: 0, found: '', suggestion: null, category: 'consistency', message, item: name, itemId: info.id, line: 1, column: 1 });
  });
  for (const { block, finding: f } of yearStyleFindings(blocks.map((b) => b.text))) {
    const { text, item, itemId, line } = blocks[block]!;
    out.push({ ...f, item, itemId, line, column: [...text.slice(0, f.offset)].length + 1 });
  }
  return out;
}
