import { Bytes } from './bytes.ts';
import { FC, type Fib } from './fib.ts';
import { applyCharSprms, applyParaSprms, type CharProps, type ParaProps } from './properties.ts';

/** One style of the style sheet ([MS-DOC] 2.9.260 STD): its name, its built-in identity and what it sets. */
export interface Style {
  name: string;
  /** The built-in style it is (sti: 0 Normal, 1–9 heading 1–9, 19–27 toc 1–9), whatever the name in the user's language. */
  sti: number;
  /** 1 paragraph, 2 character, 3 table, 4 numbering. */
  stk: number;
  istdBase: number;
  papx: Uint8Array;
  chpx: Uint8Array;
}

export interface Styles {
  at(istd: number): Style | undefined;
  /** A paragraph style's paragraph properties, with those of the styles it is based on. */
  para(istd: number): ParaProps;
  /** A style's character properties, with those of the styles it is based on. */
  char(istd: number): CharProps;
}

/** A document without a style sheet, or whose style sheet is damaged: every paragraph plain. */
export const NO_STYLES: Styles = { at: () => undefined, para: () => ({}), char: () => ({}) };

const NO_BASE = 0x0fff;
/** Word allows styles to be based on others eleven deep; a longer or circular chain is cut there. */
const MAX_DEPTH = 11;

function readStd(std: Bytes, baseSize: number): Style | undefined {
  if (std.length < baseSize + 2) return undefined;
  const sti = std.u16(0) & 0x0fff;
  const stk = std.u16(2) & 0x000f;
  const istdBase = std.u16(2) >> 4;
  const cupx = std.u16(4) & 0x000f;
  const cch = std.u16(baseSize);
  if (!std.has(baseSize + 2, cch * 2)) return undefined;
  const name = std.utf16(baseSize + 2, cch);
  let at = baseSize + 2 + cch * 2 + 2;
  const upx: Uint8Array[] = [];
  for (let i = 0; i < cupx && std.has(at, 2); i++) {
    const cb = std.u16(at);
    if (!std.has(at + 2, cb)) break;
    upx.push(std.slice(at + 2, cb));
    at += 2 + cb + (cb % 2);
  }
  // A paragraph style's UpxPapx starts with its own istd; a character style has only the UpxChpx.
  const papx = stk === 1 ? (upx[0]?.subarray(2) ?? new Uint8Array()) : stk === 3 ? (upx[1]?.subarray(2) ?? new Uint8Array()) : new Uint8Array();
  const chpx = (stk === 1 ? upx[1] : stk === 2 ? upx[0] : stk === 3 ? upx[2] : undefined) ?? new Uint8Array();
  return { name, sti, stk, istdBase, papx, chpx };
}

/** The style sheet (STSH, [MS-DOC] 2.9.271). A file without one has no styles; a damaged style is left out. */
export function readStyles(fib: Fib, table: Bytes): Styles {
  const list: (Style | undefined)[] = [];
  const range = fib.range(FC.stshf);
  if (range) {
    const stsh = new Bytes(table.slice(range.fc, range.lcb), 'STSH');
    const cbStshi = stsh.u16(0);
    const cstd = stsh.u16(2);
    const baseSize = stsh.u16(4);
    let at = 2 + cbStshi;
    for (let i = 0; i < cstd && stsh.has(at, 2); i++) {
      const cb = stsh.u16(at);
      list.push(cb && stsh.has(at + 2, cb) ? readStd(new Bytes(stsh.slice(at + 2, cb), `STD ${i}`), baseSize) : undefined);
      at += 2 + cb;
    }
  }
  const chain = (istd: number): Style[] => {
    const out: Style[] = [];
    for (let s = list[istd]; s && out.length < MAX_DEPTH && !out.includes(s); s = s.istdBase === NO_BASE ? undefined : list[s.istdBase]) out.unshift(s);
    return out;
  };
  const paras = new Map<number, ParaProps>();
  const chars = new Map<number, CharProps>();
  return {
    at: (istd) => list[istd],
    para(istd) {
      let props = paras.get(istd);
      if (!props) paras.set(istd, (props = chain(istd).reduce((p, s) => applyParaSprms(s.papx, p), {} as ParaProps)));
      return props;
    },
    char(istd) {
      let props = chars.get(istd);
      if (!props) chars.set(istd, (props = chain(istd).reduce((p, s) => applyCharSprms(s.chpx, p), {} as CharProps)));
      return props;
    },
  };
}
