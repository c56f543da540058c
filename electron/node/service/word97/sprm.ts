/** The property modifiers ([MS-DOC] 2.6) the reader acts on; every other one is skipped by its size. */
export const SPRM = {
  // character
  cFRMarkDel: 0x0800,
  cFData: 0x0806,
  cFOle2: 0x080a,
  cFBold: 0x0835,
  cFItalic: 0x0836,
  cFSpec: 0x0855,
  cIstd: 0x4a30,
  cHps: 0x4a43,
  cPicLocation: 0x6a03,
  cSymbol: 0x6a09,
  // paragraph
  pIstd: 0x4600,
  pJc80: 0x2403,
  pFPageBreakBefore: 0x2407,
  pIlvl: 0x260a,
  pIlfo: 0x460b,
  pFInTable: 0x2416,
  pFTtp: 0x2417,
  pFInnerTableCell: 0x244b,
  pFInnerTtp: 0x244c,
  pJc: 0x2461,
  pOutLvl: 0x2640,
  pItap: 0x6649,
} as const;

const TDEF_TABLE = 0xd608;
const CHG_TABS = 0xc615;

export interface Sprm {
  sprm: number;
  operand: Uint8Array;
}

/** How many bytes the operand of `sprm` at `at` takes (its spra, [MS-DOC] 2.2.5.1), or -1 where the list ends early. */
function operandSize(grpprl: Uint8Array, sprm: number, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default: {
      if (at >= grpprl.length) return -1;
      if (sprm === TDEF_TABLE) return at + 1 < grpprl.length ? (grpprl[at]! | (grpprl[at + 1]! << 8)) + 1 : -1;
      const cb = grpprl[at]!;
      if (sprm === CHG_TABS && cb === 255) {
        // PChgTabsOperand of 255: a deletion list (count, two arrays of 2 bytes) and an addition list (count, 2 + 1 bytes each).
        const del = grpprl[at + 1] ?? 0;
        const add = grpprl[at + 2 + del * 4] ?? 0;
        return 1 + 1 + del * 4 + 1 + add * 3;
      }
      return 1 + cb;
    }
  }
}

/** The modifiers of a property list in order. A list cut short ends with the last whole one. */
export function readSprms(grpprl: Uint8Array): Sprm[] {
  const out: Sprm[] = [];
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl[at]! | (grpprl[at + 1]! << 8);
    const size = operandSize(grpprl, sprm, at + 2);
    if (size < 0 || at + 2 + size > grpprl.length) break;
    out.push({ sprm, operand: grpprl.subarray(at + 2, at + 2 + size) });
    at += 2 + size;
  }
  return out;
}

export const u16Of = (b: Uint8Array) => (b[0] ?? 0) | ((b[1] ?? 0) << 8);
export const u32Of = (b: Uint8Array) => ((b[0] ?? 0) | ((b[1] ?? 0) << 8) | ((b[2] ?? 0) << 16) | ((b[3] ?? 0) << 24)) >>> 0;
