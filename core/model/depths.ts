/**
 * Where things stand in an issue's document: the doc (0) holds sections (1), a section its items (2:
 * articles, 心得体会, photos), an item its blocks (3: title, subtitle, paragraphs, headings, photos,
 * byline), and a quotation its paragraphs (4). Named once, for every rule that walks up or down from a
 * position (ResolvedPos.node, before, after, index).
 */
export const SECTION_DEPTH = 1;
export const ITEM_DEPTH = 2;
export const BLOCK_DEPTH = 3;
