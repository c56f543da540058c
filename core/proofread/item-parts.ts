import { NODE, type ItemKind } from '../model/nodes.ts';

export interface MissingPart {
  /** The part the finding points at: the clerk is taken there to write it. */
  part: typeof NODE.title | typeof NODE.byline;
  message: string;
}

/**
 * The briefing's own check of an item's parts: an article has a title and a byline, a 心得体会 its
 * author. Said in the 校对 panel as the clerk types and by `jianbao check`, not first at export.
 * `title` and `byline` are the parts' text, or null where the item has no such part.
 */
export function missingParts(kind: ItemKind, title: string | null, byline: string | null): MissingPart[] {
  const out: MissingPart[] = [];
  if (kind === NODE.article && title !== null && !title.trim()) out.push({ part: NODE.title, message: '文章没有标题' });
  if (kind !== NODE.figure && byline !== null && !byline.trim()) out.push({ part: NODE.byline, message: kind === NODE.article ? '文章没有署名' : '心得体会没有署名' });
  return out;
}
