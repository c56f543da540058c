import { attr, elements, parseXml, W, wChild } from '../docx/ooxml-dom.ts';
import { formatListNumber } from './number-format.ts';

/**
 * Word's automatic numbering (`word/numbering.xml`): list definitions (`w:abstractNum`) with nine
 * levels each, list instances (`w:num`) that point at one and may restart or redefine levels
 * (`w:lvlOverride`), and the counters that run through the document as Word runs them, so that each
 * numbered paragraph gets the label Word and WPS show before it (`一、`, `（一）`, `1.2`, `①`).
 */

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** `w:lvlRestart`: the level (1-based) whose use restarts this one; 0 never; undefined: any higher level. */
  restart?: number;
  /** `w:isLgl`: every level's number shown in Arabic digits (legal style `1.1`). */
  legal: boolean;
  /** The paragraph style linked to this level (`w:pStyle`): a paragraph in that style is numbered at this level. */
  style?: string;
  /** What separates the label from the text: a tab or a space (shown as one space after a digit or letter), or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

interface ListInstance {
  abstractId: string;
  /** Levels redefined (`w:lvl` inside `w:lvlOverride`) or restarted (`w:startOverride`) for this instance. */
  overrides: Map<number, { start?: number; level?: Partial<Level> }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Level[]>;
  nums: Map<string, ListInstance>;
  /** `w:numStyleLink`: an abstract definition that takes its levels from a numbering style's list. */
  styleLinks: Map<string, string>;
}

const intAttr = (el: Element | null, fallback: number) => {
  const v = el ? Number.parseInt(attr(el, 'val'), 10) : Number.NaN;
  return Number.isFinite(v) ? v : fallback;
};
const valOf = (parent: Element, name: string) => {
  const el = wChild(parent, name);
  return el ? attr(el, 'val') : undefined;
};

function readLevel(lvl: Element): Partial<Level> & { ilvl: number } {
  const restart = wChild(lvl, 'lvlRestart');
  const suffix = valOf(lvl, 'suff');
  const legal = wChild(lvl, 'isLgl');
  return {
    ilvl: Number.parseInt(attr(lvl, 'ilvl'), 10) || 0,
    ...(wChild(lvl, 'start') ? { start: intAttr(wChild(lvl, 'start'), 1) } : {}),
    ...(valOf(lvl, 'numFmt') !== undefined ? { numFmt: valOf(lvl, 'numFmt')! } : {}),
    ...(wChild(lvl, 'lvlText') ? { lvlText: attr(wChild(lvl, 'lvlText')!, 'val') } : {}),
    ...(restart ? { restart: intAttr(restart, 0) } : {}),
    ...(legal ? { legal: attr(legal, 'val') !== '0' && attr(legal, 'val') !== 'false' } : {}),
    ...(valOf(lvl, 'pStyle') ? { style: valOf(lvl, 'pStyle')! } : {}),
    ...(suffix === 'space' || suffix === 'nothing' || suffix === 'tab' ? { suffix } : {}),
  };
}

const DEFAULT_LEVEL: Level = { start: 1, numFmt: 'decimal', lvlText: '', legal: false, suffix: 'tab' };

/** The list definitions of `word/numbering.xml` (none when the file has no lists). */
export function readNumbering(xml: string | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), nums: new Map(), styleLinks: new Map() };
  if (!xml) return defs;
  for (const el of elements(parseXml(xml).documentElement)) {
    if (el.namespaceURI !== W) continue;
    if (el.localName === 'abstractNum') {
      const levels: Level[] = [];
      for (const lvl of elements(el).filter((c) => c.localName === 'lvl')) {
        const { ilvl, ...level } = readLevel(lvl);
        if (ilvl >= 0 && ilvl < 9) levels[ilvl] = { ...DEFAULT_LEVEL, ...level };
      }
      const id = attr(el, 'abstractNumId');
      defs.abstracts.set(id, levels);
      const link = valOf(el, 'numStyleLink');
      if (link) defs.styleLinks.set(id, link);
    } else if (el.localName === 'num') {
      const overrides = new Map<number, { start?: number; level?: Partial<Level> }>();
      for (const o of elements(el).filter((c) => c.localName === 'lvlOverride')) {
        const ilvl = Number.parseInt(attr(o, 'ilvl'), 10) || 0;
        const start = wChild(o, 'startOverride');
        const lvl = wChild(o, 'lvl');
        overrides.set(ilvl, { ...(start ? { start: intAttr(start, 1) } : {}), ...(lvl ? { level: readLevel(lvl) } : {}) });
      }
      defs.nums.set(attr(el, 'numId'), { abstractId: valOf(el, 'abstractNumId') ?? '', overrides });
    }
  }
  return defs;
}

export interface ListLabel {
  /** The label as shown (`一、`, `（1）`), with the space Word puts after a label ending in a digit or letter; '' for a bullet. */
  label: string;
  bullet: boolean;
}

/**
 * Counts numbered paragraphs in document order and gives each its label. Instances of one
 * definition share its counters, as in Word (a list goes on across them); an instance that
 * restarts a level (`w:startOverride`, what 重新开始编号 writes) counts on its own from there.
 */
export class ListCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  /** `styleNum`: the list a numbering style (`w:numStyleLink`) carries, from styles.xml. */
  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly styleNum: (styleId: string) => string | undefined = () => undefined,
  ) {}

  private levels(numId: string): { key: string; levels: Level[]; instance: ListInstance } | null {
    const instance = this.defs.nums.get(numId);
    if (!instance) return null;
    let abstractId = instance.abstractId;
    const link = this.defs.styleLinks.get(abstractId);
    const linked = link ? this.defs.nums.get(this.styleNum(link) ?? '') : undefined;
    if (linked) abstractId = linked.abstractId;
    const base = this.defs.abstracts.get(abstractId);
    if (!base) return null;
    const levels = base.map((l, i) => {
      const o = instance.overrides.get(i)?.level;
      return o ? { ...l, ...o } : l;
    });
    for (const [i, o] of instance.overrides) if (o.level && !levels[i]) levels[i] = { ...DEFAULT_LEVEL, ...o.level };
    const own = [...instance.overrides.values()].some((o) => o.start !== undefined || o.level);
    return { key: own ? `num:${numId}` : `abstract:${abstractId}`, levels, instance };
  }

  /** The level a paragraph style is linked to in this list (`w:pStyle` in a level), if any. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const found = this.levels(numId)?.levels.findIndex((l) => l?.style === styleId);
    return found !== undefined && found >= 0 ? found : undefined;
  }

  /** The next label of list `numId` at level `ilvl`; null where the list does not exist (numId 0 turns numbering off). */
  next(numId: string, ilvl: number): ListLabel | null {
    const found = this.levels(numId);
    const level = found?.levels[ilvl];
    if (!found || !level) return null;
    const { key, levels, instance } = found;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    if (!this.started.has(key)) {
      this.started.add(key);
      for (const [i, o] of instance.overrides) if (o.start !== undefined) counts[i] = o.start - 1;
    }
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levels[deeper]?.restart;
      if (restart === undefined || (restart > 0 && ilvl + 1 <= restart)) counts[deeper] = undefined;
    }
    if (level.numFmt === 'bullet') return { label: '', bullet: true };
    const label = level.lvlText.replace(/%([1-9])/gu, (_, k: string) => {
      const at = Number(k) - 1;
      const shown = levels[at] ?? DEFAULT_LEVEL;
      const value = counts[at] ?? shown.start;
      return formatListNumber(value, level.legal && at !== ilvl ? 'decimal' : shown.numFmt);
    });
    const spaced = level.suffix !== 'nothing' && /[\p{L}\p{N}]$/u.test(label) && !/\p{Script=Han}$/u.test(label) ? `${label} ` : label;
    return { label: spaced, bullet: false };
  }
}
