/**
 * A contributor's Word or WPS file as its reader found it, before any cleanup: the one shape that
 * both readers give (.docx from its XML parts, .doc and .wps from their binary streams), so that
 * what a document's structure says (automatic numbers, headings, tables, notes, pictures) is turned
 * into an article by one piece of code whatever format it came in.
 */

/** A run of text with what the cleanup and the heading test read from its formatting. */
export interface WordRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The font size in half-points (Word's own unit: 32 is 三号, 16 pt), where the file sets one. */
  halfPoints?: number;
  /** The colour its own properties set where its text starts (`#D40000`), where a .docx sets one: a masthead's red. */
  colour?: string;
  /** A footnote or endnote reference mark stands here (its text is the note's id in `notes`). */
  noteRef?: string;
}

export interface WordParagraph {
  kind: 'paragraph';
  runs: WordRun[];
  /**
   * The automatic number Word or WPS shows before the text, as it shows it (`一、`, `（一）`, `1.`,
   * `（1）`, `①`), computed from the list definitions; '' for none, and for bullets.
   */
  label: string;
  /** A bullet shown before the text (a list without numbers). */
  bullet?: boolean;
  /** The heading level its style or outline level gives (Heading 1 → 1), else null. */
  outlineLevel: number | null;
  /** The paragraph style's name as the file names it (`Title`, `标题 1`, `Normal`…), where it has one. */
  style?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  /** Inside a table: which table of the document, which row and which cell (from 0). */
  cell?: { table: number; row: number; cell: number };
  /** A paragraph of a table of contents (a TOC field's result, or a TOC style). */
  toc?: boolean;
  /** The paragraph starts on a new page (a page break before it, or a section that starts a page). */
  pageBreakBefore?: boolean;
}

/** A picture standing in the text (inline or anchored), with its bytes as the file holds them. */
export interface WordPicture {
  kind: 'picture';
  bytes: Uint8Array;
  /** `image/jpeg`, `image/png`, `image/gif`, `image/bmp`; other kinds (EMF, WMF) are reported, not kept. */
  mime: string;
  /** The size it is shown at, in points, where the file says. */
  widthPt?: number;
  heightPt?: number;
  /** Its alternative text or description, where the file has one. */
  description?: string;
}

export type WordBlock = WordParagraph | WordPicture;

export interface WordNote {
  id: string;
  kind: 'footnote' | 'endnote';
  /** The note's paragraphs as text. */
  text: string;
}

export interface WordDocument {
  /** The main text in reading order: paragraphs (table cells included, in row order) and pictures. */
  blocks: WordBlock[];
  notes: WordNote[];
  /** Running heads and feet, as text: never the article, but said to the clerk when left out. */
  headers: string[];
  /**
   * What the reader itself noticed and the clerk must know: characters it could not read (a count
   * against the file's own), a picture of a kind it cannot keep. In Chinese.
   */
  problems: string[];
}
