import type { Node as PMNode } from '@tiptap/pm/model';
import type { IssueLayout } from '../../../../core/layout/layout-issue.ts';
import { blockLines } from '../../../../core/layout/paginate.ts';
import type { PageMark } from './page-marks.ts';
import { nodeAtPath } from '../../../../core/model/doc-paths.ts';

/** Where each numbered page starts in the editor's document: before a block, or inside a paragraph. */
export function pageBreaks(doc: PMNode, layout: IssueLayout): PageMark[] {
  const marks: PageMark[] = [];
  for (const start of layout.pagination.pageStarts) {
    const block = layout.print.body[start.block];
    const found = block?.source && nodeAtPath(doc, block.source);
    if (!block || !found) continue;
    if (start.line === 0 || block.kind !== 'text') {
      marks.push({ pos: found.pos, page: start.page });
      continue;
    }
    const offset = blockLines(block, layout.geometry)
      .slice(0, start.line)
      .reduce((n, line) => n + line.length, 0);
    marks.push({ pos: Math.min(found.pos + 1 + offset, found.pos + found.node.nodeSize - 1), page: start.page });
  }
  return marks;
}
