import { ParagraphRevision, REVISION_ATTR } from '../review/paragraph-marks.ts';
import { reviewerIndex } from '../review/reviewer.ts';

/** A paragraph's or heading's revision as pasted HTML carries it, or null. */
export function revisionFromDom(el: HTMLElement): ParagraphRevision | null {
  const parsed = ParagraphRevision.safeParse({
    kind: el.getAttribute('data-revision'),
    id: el.getAttribute('data-mark'),
    author: el.getAttribute('data-author') ?? '',
    date: el.getAttribute('data-date') ?? '',
    ...(el.hasAttribute('data-move') ? { move: true } : {}),
  });
  return parsed.success ? parsed.data : null;
}

/**
 * The revision as the editor shows it: a ¶ after the paragraph in the reviewer's colour, underlined
 * or struck through (the stylesheet reads these attributes).
 */
export function revisionDom(attrs: Record<string, unknown>): Record<string, string> {
  const r = ParagraphRevision.safeParse(attrs[REVISION_ATTR]);
  if (!r.success) return {};
  const { kind, id, author, date, move } = r.data;
  return { 'data-revision': kind, 'data-mark': id, 'data-author': author, 'data-date': date, 'data-reviewer': String(reviewerIndex(author)), ...(move ? { 'data-move': '' } : {}) };
}
