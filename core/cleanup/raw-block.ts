/** A run of text with the marks from Word that survive a cleanup: bold and italic. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A picture of a document, standing where it stood, with its caption as the block's runs. */
export interface FigureHint {
  kind: 'figure';
  /** The photo's content hash, or '' where the picture could not be kept (a slot the clerk fills). */
  photo: string;
  /** Pixel size, where known. */
  width?: number;
  height?: number;
}

/** A paragraph or line as it came in, before cleanup. */
export interface RawBlock {
  runs: Run[];
  /**
   * A line of pasted plain text may continue the paragraph before it (a PDF broke it); a paragraph
   * of a Word or web document stands alone.
   */
  continues: boolean;
  /** A blank line came before it (plain text): with a short line, a sign of a title standing alone. */
  afterBlank?: boolean;
  /** A table's row: its cells, each cleaned alone and kept apart by a full-width space. */
  cells?: string[];
  /** What the source's markup (or a PDF's layout) said it is; page furniture is counted and dropped. */
  hint?: { kind: 'title' } | { kind: 'heading'; level: number } | { kind: 'furniture' } | FigureHint;
  /** How it is set, where the source says: what tells a past briefing's masthead and article titles from its text. */
  look?: BlockLook;
}

/** A block's type size (points) and colour (`#D40000`), centring, and whether it opens a page. */
export interface BlockLook {
  size?: number;
  colour?: string;
  centred?: boolean;
  pageStart?: boolean;
}

export const blockText = (b: { runs: Run[] }) => b.runs.map((r) => r.text).join('');
