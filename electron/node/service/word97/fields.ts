/** What a character is to the field it stands in ([MS-DOC] 2.8.25 PlcFld: 0x13 begin, 0x14 separator, 0x15 end). */
export type FieldPart = 'mark' | 'code' | 'shown';

interface OpenField {
  code: string;
  inResult: boolean;
  /** The field's type, the first word of its code (HYPERLINK, TOC, PAGEREF), once its code is complete. */
  kind: string;
}

/** Fields nest (a TOC holds HYPERLINK and PAGEREF fields); deeper than this, a file is taken as forged. */
const MAX_DEPTH = 32;
const MAX_CODE = 200;

/**
 * Follows the fields of a text as it is read: only a field's result is shown (a hyperlink's words, a
 * TOC's lines), never its code (`HYPERLINK "http://…"`), and a field without a result shows nothing.
 */
export class Fields {
  private readonly open: OpenField[] = [];

  take(ch: number, char: string): FieldPart {
    if (ch === 0x13) {
      if (this.open.length < MAX_DEPTH) this.open.push({ code: '', inResult: false, kind: '' });
      return 'mark';
    }
    if (ch === 0x14) {
      const top = this.open.at(-1);
      if (top) {
        top.inResult = true;
        top.kind = top.code.trim().split(/\s+/u)[0]?.toUpperCase() ?? '';
      }
      return 'mark';
    }
    if (ch === 0x15) {
      this.open.pop();
      return 'mark';
    }
    const top = this.open.at(-1);
    if (top && !top.inResult && top.code.length < MAX_CODE) top.code += char;
    return this.open.every((f) => f.inResult) ? 'shown' : 'code';
  }

  /** Inside the result of a table-of-contents field. */
  get inToc(): boolean {
    return this.open.some((f) => f.inResult && f.kind === 'TOC');
  }
}
