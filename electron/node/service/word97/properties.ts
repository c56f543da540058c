import { readSprms, SPRM, u16Of, u32Of } from './sprm.ts';

/** What the reader takes from a run's character modifiers. Toggles keep Word's operand (0, 1, 0x80 = as the style, 0x81 = the style's opposite). */
export interface CharProps {
  bold?: number;
  italic?: number;
  /** Font size in half-points. */
  hps?: number;
  /** The character style. */
  istd?: number;
  /** The character is a special one (picture, note mark, drawn object), not text. */
  spec?: boolean;
  /** Where the picture's PICF lies in the Data stream. */
  picLocation?: number;
  /** The special character holds form field data, not a picture. */
  data?: boolean;
  /** The special character is an embedded OLE object. */
  ole2?: boolean;
  /** Text deleted with 修订 (track changes) on, not yet accepted. */
  deleted?: boolean;
  /** A symbol-font character standing for the special character 0x28. */
  symbol?: number;
}

export interface ParaProps {
  istd?: number;
  jc?: number;
  jc80?: number;
  pageBreakBefore?: boolean;
  ilvl?: number;
  ilfo?: number;
  inTable?: boolean;
  ttp?: boolean;
  innerCell?: boolean;
  innerTtp?: boolean;
  itap?: number;
  outLvl?: number;
}

/** Applies a character property list over `into` (later modifiers win, as in Word). */
export function applyCharSprms(grpprl: Uint8Array, into: CharProps = {}): CharProps {
  for (const { sprm, operand } of readSprms(grpprl)) {
    switch (sprm) {
      case SPRM.cFBold:
        into.bold = operand[0];
        break;
      case SPRM.cFItalic:
        into.italic = operand[0];
        break;
      case SPRM.cHps:
        into.hps = u16Of(operand);
        break;
      case SPRM.cIstd:
        into.istd = u16Of(operand);
        break;
      case SPRM.cFSpec:
        into.spec = operand[0] === 1;
        break;
      case SPRM.cPicLocation:
        into.picLocation = u32Of(operand);
        break;
      case SPRM.cFData:
        into.data = operand[0] === 1;
        break;
      case SPRM.cFOle2:
        into.ole2 = operand[0] === 1;
        break;
      case SPRM.cFRMarkDel:
        into.deleted = operand[0] === 1;
        break;
      case SPRM.cSymbol:
        into.symbol = u16Of(operand.subarray(2));
        break;
    }
  }
  return into;
}

/** Applies a paragraph property list over `into`. */
export function applyParaSprms(grpprl: Uint8Array, into: ParaProps = {}): ParaProps {
  for (const { sprm, operand } of readSprms(grpprl)) {
    switch (sprm) {
      case SPRM.pIstd:
        into.istd = u16Of(operand);
        break;
      case SPRM.pJc:
        into.jc = operand[0];
        break;
      case SPRM.pJc80:
        into.jc80 = operand[0];
        break;
      case SPRM.pFPageBreakBefore:
        into.pageBreakBefore = operand[0] === 1;
        break;
      case SPRM.pIlvl:
        into.ilvl = operand[0];
        break;
      case SPRM.pIlfo:
        into.ilfo = u16Of(operand);
        break;
      case SPRM.pFInTable:
        into.inTable = operand[0] === 1;
        break;
      case SPRM.pFTtp:
        into.ttp = operand[0] === 1;
        break;
      case SPRM.pFInnerTableCell:
        into.innerCell = operand[0] === 1;
        break;
      case SPRM.pFInnerTtp:
        into.innerTtp = operand[0] === 1;
        break;
      case SPRM.pItap:
        into.itap = u32Of(operand) | 0;
        break;
      case SPRM.pOutLvl:
        into.outLvl = operand[0];
        break;
    }
  }
  return into;
}
