import { attr, elements, parseXml, W, wChild } from '../docx/ooxml-dom.ts';

/**
 * What a .docx's styles (`word/styles.xml`) say about a paragraph or run, through their `w:basedOn`
 * chains: the numbering a style carries (Word's 标题 styles are often numbered this way), its
 * outline level, whether it is bold and its size, and what kind of paragraph its name says it is.
 */

export interface StyleFacts {
  name: string;
  /** `w:numPr` of the style or a style it is based on: its list and (when given) its level. */
  numId?: string;
  ilvl?: number;
  /** The heading level (1-based) its name (`heading 2`, `标题 2`) or `w:outlineLvl` gives. */
  outline?: number;
  bold?: boolean;
  halfPoints?: number;
  align?: string;
}

export interface WordStyles {
  paragraph: (styleId: string | undefined) => StyleFacts;
  character: (styleId: string | undefined) => Pick<StyleFacts, 'bold' | 'halfPoints'>;
  /** The style whose id or name is given, for numbering styles (`w:numStyleLink`): its list. */
  numberingStyleNum: (styleId: string) => string | undefined;
}

/** A style as styles.xml writes it: its own facts, before those of the style it is based on are added. */
interface RawStyle extends StyleFacts {
  type: string;
  basedOn?: string;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/iu;

/** `w:b` and other toggles: present means on unless `w:val` says 0 or false. */
export function toggle(el: Element | null): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, 'val');
  return v !== '0' && v !== 'false' && v !== 'off';
}

/** The size in half-points a run's properties set (`w:sz`), or undefined. */
export function sizeOf(rPr: Element | null): number | undefined {
  const sz = wChild(rPr, 'sz');
  const v = sz ? Number.parseInt(attr(sz, 'val'), 10) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

/** The colour a run's own properties set (`w:color`), as `#RRGGBB`; undefined for none or automatic. */
export function colourOf(rPr: Element | null): string | undefined {
  const color = wChild(rPr, 'color');
  const v = color ? attr(color, 'val') : '';
  return /^[0-9A-Fa-f]{6}$/u.test(v) ? `#${v.toUpperCase()}` : undefined;
}

function readStyle(el: Element): [string, RawStyle] {
  const pPr = wChild(el, 'pPr');
  const rPr = wChild(el, 'rPr');
  const numPr = wChild(pPr, 'numPr');
  const numId = wChild(numPr, 'numId');
  const ilvl = wChild(numPr, 'ilvl');
  const outlineLvl = wChild(pPr, 'outlineLvl');
  const name = attr(wChild(el, 'name') ?? el, 'val');
  const named = HEADING_NAME.exec(name)?.[1];
  const outlineValue = outlineLvl ? Number.parseInt(attr(outlineLvl, 'val'), 10) : Number.NaN;
  const basedOn = wChild(el, 'basedOn');
  const jc = wChild(pPr, 'jc');
  const style: RawStyle = {
    type: attr(el, 'type'),
    name,
    ...(basedOn ? { basedOn: attr(basedOn, 'val') } : {}),
    ...(numId ? { numId: attr(numId, 'val') } : {}),
    ...(ilvl ? { ilvl: Number.parseInt(attr(ilvl, 'val'), 10) || 0 } : {}),
    // The name wins: WPS writes `heading 1` with an outline level of 1 (0-based, so level 2); 9 is body text.
    ...(named ? { outline: Number(named) } : Number.isFinite(outlineValue) && outlineValue >= 0 && outlineValue < 9 ? { outline: outlineValue + 1 } : {}),
    ...(toggle(wChild(rPr, 'b')) !== undefined ? { bold: toggle(wChild(rPr, 'b'))! } : {}),
    ...(sizeOf(rPr) ? { halfPoints: sizeOf(rPr)! } : {}),
    ...(jc ? { align: attr(jc, 'val') } : {}),
  };
  return [attr(el, 'styleId'), style];
}

/** The styles of `word/styles.xml`, resolved along their chains on demand. */
export function readStyles(xml: string | undefined): WordStyles {
  const styles = new Map<string, RawStyle>();
  let defaultParagraph: string | undefined;
  let defaultHalfPoints: number | undefined;
  if (xml) {
    const root = parseXml(xml).documentElement;
    for (const el of elements(root)) {
      if (el.namespaceURI !== W) continue;
      if (el.localName === 'docDefaults') defaultHalfPoints = sizeOf(wChild(wChild(el, 'rPrDefault'), 'rPr'));
      if (el.localName !== 'style') continue;
      const [id, style] = readStyle(el);
      styles.set(id, style);
      if (style.type === 'paragraph' && attr(el, 'default') === '1') defaultParagraph = id;
    }
  }
  const resolved = new Map<string, StyleFacts>();
  const resolve = (id: string | undefined, depth = 0): StyleFacts => {
    const style = id !== undefined ? styles.get(id) : undefined;
    if (!style || depth > 20) return { name: '' };
    const known = resolved.get(id!);
    if (known) return known;
    const base = resolve(style.basedOn, depth + 1);
    const own = Object.fromEntries(Object.entries(style).filter(([k, v]) => v !== undefined && k !== 'type' && k !== 'basedOn'));
    // A style's own list replaces the level its base named too.
    const facts: StyleFacts = { ...base, ...(style.numId !== undefined ? { ilvl: undefined } : {}), ...own } as StyleFacts;
    if (facts.ilvl === undefined) delete facts.ilvl;
    resolved.set(id!, facts);
    return facts;
  };
  return {
    paragraph: (id) => {
      const facts = resolve(id ?? defaultParagraph);
      return facts.halfPoints || !defaultHalfPoints ? facts : { ...facts, halfPoints: defaultHalfPoints };
    },
    character: (id) => {
      const { bold, halfPoints } = id ? resolve(id) : { bold: undefined, halfPoints: undefined };
      return { ...(bold !== undefined ? { bold } : {}), ...(halfPoints ? { halfPoints } : {}) };
    },
    numberingStyleNum: (id) => resolve(id).numId,
  };
}
