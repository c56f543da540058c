/**
 * What is printed, in order, with every typographic decision made: the one model both the
 * paginator and the DOCX writer read, so the page numbers the editor shows, the 目录 and the
 * printed pages agree.
 */

export interface ParaStyle {
  /** East Asian font names, first choice first (the rest are fallbacks). */
  fonts: string[];
  sizePt: number;
  /** Character spacing in points (negative condenses). */
  spacingPt: number;
  bold: boolean;
  align: 'left' | 'center' | 'right' | 'justify';
  firstIndentPt: number;
  leftIndentPt: number;
  rightIndentPt: number;
  color?: string;
}

/**
 * A reviewer's open suggestion on a run or a paragraph's break, printed as a Word revision in a copy
 * with marks: words (or a break) inserted or deleted, perhaps as half of a move (the id names it), or
 * words formatted (what the run would be set to; the run itself prints as it is).
 */
export interface RunChange {
  kind: 'insert' | 'delete' | 'format';
  id: string;
  author: string;
  date: string;
  move?: boolean;
  bold?: boolean;
  italic?: boolean;
}

export interface TextRunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  change?: RunChange;
  /** The comment the run is in (by its id in the document's threads). */
  comment?: string;
}

/** Where a block comes from in the document: section, item, child (and paragraph of a quotation). */
export type SourcePath = readonly number[];

export interface TextBlock {
  kind: 'text';
  source?: SourcePath;
  role: string;
  style: ParaStyle;
  runs: TextRunSpec[];
  /** Grid lines each printed line takes (1, or more for the masthead title). */
  lineHeightLines: number;
  pageBreakBefore: boolean;
  keepNext: boolean;
  keepLines: boolean;
  /** Empty grid lines after the paragraph. */
  spaceAfterLines: number;
  /** Bookmark of the item or section this paragraph starts, for the 目录's page references. */
  bookmark?: string;
  /** Bottom border (the masthead's red rule, the 报尾's rules). */
  rule?: { where: 'top' | 'bottom'; sizeEighths: number; color: string };
  /** A reviewer's change to the paragraph's break (its mark), in a copy with marks. */
  revision?: RunChange;
}

export interface PictureBlock {
  kind: 'picture';
  source?: SourcePath;
  photo: string;
  widthPt: number;
  heightPt: number;
  /** Grid lines the picture's paragraph takes. */
  lines: number;
  pageBreakBefore: boolean;
  /** Kept on the page of its caption. */
  keepNext: boolean;
}

export interface GalleryCell {
  photo: string;
  widthPt: number;
  heightPt: number;
  caption: string;
}

/** Photos two to a row with captions under them (【学习掠影】); a row never splits. */
export interface GalleryBlock {
  kind: 'gallery';
  source?: SourcePath;
  rows: GalleryCell[][];
  /** Grid lines of each row: picture lines plus one for the captions. */
  rowLines: number;
  captionStyle: ParaStyle;
  pageBreakBefore: boolean;
}

export type Block = TextBlock | PictureBlock | GalleryBlock;

export interface TocEntry {
  level: 1 | 2;
  text: string;
  bookmark: string;
  /** The section's id (level 1) or the item's (level 2): how the editor's 目录 finds its page number. */
  id: string;
}

export interface PrintDocument {
  /** Masthead, theme and the heading of the 目录. */
  front: Block[];
  /** The 目录's entries: none when the template has no 目录. */
  toc: TocEntry[];
  /** Whether the template prints a 目录: with one, the body has its own pages numbered from 1; without, it follows the masthead on page 1. */
  tocShown: boolean;
  tocStyle: ParaStyle;
  body: Block[];
  /** The 报尾, at the foot of the last page. */
  closing: TextBlock[];
  /** What could not be printed, in Chinese, for the list shown after export. */
  problems: string[];
}
