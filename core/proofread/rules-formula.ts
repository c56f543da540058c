import type { Finding, Formula, Formulations } from './finding.ts';
import { isNumeral } from './alike.ts';
import { indel, slipOf } from './near-miss.ts';
import { escapeRegExp } from './reg-exp.ts';

/** What stands between the members of a list: `、` `，` `；`, `和` `及` `以及` `与`, and `，是` in a run of “是……的现代化”. */
const SEPARATOR = '(?:[、，,；;]\\s*(?:是|和|以及|及)?|和|以及|及|与)';
/** What joins one more item to a list: a member left out may have been replaced by this item. */
const ITEM_JOIN = new Set([...'、和及与']);

/** A formula's searches, made once: for lists of its members, and for the wrong verbs before its name. */
const searches = new WeakMap<Formula, { run: RegExp; member: RegExp; verbs: RegExp[] }>();
function searchesOf(f: Formula) {
  let s = searches.get(f);
  if (!s) {
    const member = `(?:${[...f.members].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
    s = {
      run: new RegExp(`${member}(?:${SEPARATOR}${member})+`, 'gu'),
      member: new RegExp(member, 'gu'),
      verbs: f.wrongVerbs.map((verb) => new RegExp(`${escapeRegExp(verb)}(?=[“"]?${escapeRegExp(f.name)})`, 'gu')),
    };
    searches.set(f, s);
  }
  return s;
}

function quoted(text: string): { inner: string; offset: number }[] {
  return [...text.matchAll(/[“"]([^“”"]{2,10})[”"]/gu)].map((m) => ({ inner: m[1]!, offset: m.index + 1 }));
}

/** Whether a quoted name is the formula's name one slip off: quotes make even a character less or more a slip (`“四个信”`). */
const nameSlip = (inner: string, name: string, dict: Formulations) =>
  inner !== name && Math.abs(inner.length - name.length) <= 1 && (slipOf(inner, name, dict) ?? indel(inner, name)) !== null;

/** The verbs the formulas go with, rightly or wrongly (增强, 坚定, 做到, 统筹推进…): a quote after one is a formula's name. */
const verbsOf = new WeakMap<Formulations, string[]>();
function formulaVerbs(dict: Formulations): string[] {
  let verbs = verbsOf.get(dict);
  if (!verbs) verbsOf.set(dict, (verbs = [...new Set(dict.formulas.flatMap((f) => [f.verb, ...f.wrongVerbs]).filter(Boolean))]));
  return verbs;
}

/**
 * A quoted name with one of its words swapped (`“两个保护”` for `“两个维护”`): one character replaced
 * by one that no member of the formula has, the numbers as they are. Any word may stand in quotes
 * (`“四个方面”`), so the place must say a formula is meant: a verb the formulas go with stands before
 * the quote, or the words around it are a canonical phrase holding the name (`“四个全局”战略布局`).
 */
function nameSwapped(text: string, q: { inner: string; offset: number }, f: Formula, dict: Formulations): boolean {
  if (q.inner.length !== f.name.length) return false;
  let i = -1;
  for (let k = 0; k < f.name.length; k++) {
    if (q.inner[k] === f.name[k]) continue;
    if (i >= 0) return false;
    i = k;
  }
  if (i < 0 || isNumeral(q.inner[i]) || isNumeral(f.name[i]) || f.members.some((m) => m.includes(q.inner[i]!))) return false;
  const before = text.slice(Math.max(0, q.offset - 5), q.offset - 1);
  if (formulaVerbs(dict).some((v) => before.endsWith(v))) return true;
  const fixed = text.slice(0, q.offset) + f.name + text.slice(q.offset + f.name.length);
  return dict.phrases.some(({ text: p }) => {
    const at = p.indexOf(`“${f.name}”`);
    return at >= 0 && fixed.slice(q.offset - 1 - at, q.offset - 1 - at + p.length) === p;
  });
}

/** A list of a formula's members: some left out, or out of their order. */
function memberFindings(text: string, f: Formula): Finding[] {
  const out: Finding[] = [];
  const { run, member } = searchesOf(f);
  const label = f.name ? `“${f.name}”` : '这组表述';
  for (const m of text.matchAll(run)) {
    const seen = [...m[0].matchAll(member)];
    const order = seen.map((x) => f.members.indexOf(x[0]));
    const present = new Set(order);
    if (present.size !== order.length) continue;
    const inOrder = order.every((k, i) => i === 0 || k > order[i - 1]!);
    const checkOrder = f.partial ? present.size >= 3 : present.size === f.members.length;
    if (!inOrder && checkOrder) {
      // The same places and separators, the members in their canonical order.
      const sorted = [...order].sort((a, b) => a - b);
      let i = 0;
      const fixed = m[0].replace(member, () => f.members[sorted[i++]!]!);
      out.push({ offset: m.index, length: m[0].length, found: m[0], suggestion: fixed, category: 'formulation', message: `${label}的次序是：${f.members.join('、')}` });
    }
    // One left out of a list of four or more, unless another item stands beside the list in its place.
    const end = m.index + m[0].length;
    const alone = text[m.index - 1] !== '、' && !ITEM_JOIN.has(text[end] ?? '');
    if (inOrder && !f.partial && f.members.length >= 4 && present.size === f.members.length - 1 && alone) {
      const missing = f.members.filter((_, k) => !present.has(k));
      out.push({ offset: m.index, length: m[0].length, found: m[0], suggestion: null, category: 'formulation', message: `${label}少了${missing.map((x) => `“${x}”`).join('、')}` });
    }
  }
  return out;
}

/** The formulas: a quoted name one slip off, the verb that goes with the name, and the lists of members. */
export function formulaFindings(text: string, dict: Formulations): Finding[] {
  const out: Finding[] = [];
  const names = new Set(dict.formulas.map((f) => f.name));
  const quotes = quoted(text).filter((q) => !names.has(q.inner));
  for (const f of dict.formulas) {
    if (f.name) {
      for (const q of quotes)
        if (nameSlip(q.inner, f.name, dict) || nameSwapped(text, q, f, dict))
          out.push({ offset: q.offset, length: q.inner.length, found: q.inner, suggestion: f.name, category: 'formulation', message: `应为“${f.name}”` });
      const verbs = text.includes(f.name) ? f.wrongVerbs : [];
      for (const [k, verb] of verbs.entries()) {
        for (const m of text.matchAll(searchesOf(f).verbs[k]!))
          out.push({
            offset: m.index,
            length: verb.length,
            found: verb,
            suggestion: f.verb || null,
            category: 'formulation',
            message: f.verb ? `规范表述为“${f.verb}‘${f.name}’”` : `“${f.name}”不与“${verb}”搭配`,
          });
      }
    }
    // A list has two members at least: most texts hold none of a formula's.
    if (f.members.filter((x) => text.includes(x)).length >= 2) out.push(...memberFindings(text, f));
  }
  return out;
}
