import type { WordParagraph } from '../../../../core/cleanup/word-document.ts';
import type { ParaProps } from './properties.ts';

/**
 * Where paragraphs stand in tables, read from their marks ([MS-DOC] 2.4.3 Overview of Tables): a
 * cell ends with the cell mark 0x07, a row with a paragraph of its own holding only 0x07 and marked
 * as the row's end (TTP; an inner table's, sprmPFInnerTtp). A table is a run of paragraphs in a
 * table; a nested table's paragraphs stand in the cell of the outer table that holds them.
 */
export class TableCursor {
  private table = -1;
  private row = 0;
  private cell = 0;
  private inTable = false;

  /** The cell of a paragraph ending with `mark`, and whether it is a row's end mark (no text of its own). */
  place(props: ParaProps, mark: number): { cell?: WordParagraph['cell']; rowEnd: boolean } {
    const depth = props.itap ?? (props.inTable ? 1 : 0);
    if (depth < 1) {
      this.inTable = false;
      return { rowEnd: false };
    }
    if (!this.inTable) {
      this.table++;
      this.row = 0;
      this.cell = 0;
    }
    this.inTable = true;
    const cell = { table: this.table, row: this.row, cell: this.cell };
    const rowEnd = depth === 1 ? props.ttp === true : props.innerTtp === true;
    if (depth === 1 && rowEnd) {
      this.row++;
      this.cell = 0;
    } else if (depth === 1 && mark === 0x07) this.cell++;
    return { cell, rowEnd };
  }
}
