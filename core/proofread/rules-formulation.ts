import type { Finding, Formulations } from './finding.ts';
import { nearMisses } from './near-miss.ts';

/** Phrases shorter than this are too easily one edit from an ordinary word to be checked for near misses. */
const FUZZY_MIN = 5;
/** Below this length, a phrase cut short at either end is another word (`党的二十届` is not `党的二十大` mistyped). */
const SHORT = 8;

/** Whether a near miss is a real slip: not a difference of punctuation alone, nor a short phrase merely cut short. */
function isSlip(found: string, phrase: string): boolean {
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters(found) === letters(phrase)) return false;
  const truncated = found.length === phrase.length - 1 && (phrase.startsWith(found) || phrase.endsWith(found));
  return !(truncated && phrase.length < SHORT);
}

function quoted(text: string): { inner: string; offset: number }[] {
  return [...text.matchAll(/[“"]([^“”"]{2,8})[”"]/gu)].map((m) => ({ inner: m[1]!, offset: m.index + 1 }));
}

/** 规范表述: near misses of canonical phrases, known wrong forms, and the verbs and members of the formulas. */
export function formulationFindings(text: string, dict: Formulations): Finding[] {
  const out: Finding[] = [];
  for (const { text: phrase } of dict.phrases) {
    if ([...phrase].length < FUZZY_MIN) continue;
    for (const miss of nearMisses(text, phrase)) {
      const found = text.slice(miss.offset, miss.offset + miss.length);
      if (!isSlip(found, phrase)) continue;
      out.push({ ...miss, found, suggestion: phrase, category: 'formulation', message: `疑似规范表述“${phrase}”写错` });
    }
  }
  for (const w of dict.wrongForms) {
    for (let at = text.indexOf(w.wrong); at >= 0; at = text.indexOf(w.wrong, at + 1))
      out.push({ offset: at, length: w.wrong.length, found: w.wrong, suggestion: w.correct, category: 'formulation', message: w.message ?? `应为“${w.correct}”` });
  }
  for (const f of dict.formulas) {
    // A formula's name in quotes, one character off: `“四个信”` for `“四个自信”`.
    for (const q of quoted(text)) {
      if (q.inner !== f.name && nearMisses(q.inner, f.name).some((m) => m.offset === 0 && m.length === q.inner.length))
        out.push({ offset: q.offset, length: q.inner.length, found: q.inner, suggestion: f.name, category: 'formulation', message: `应为“${f.name}”` });
    }
    // The verb that goes with it: 增强“四个意识”、坚定“四个自信”、做到“两个维护”.
    for (const verb of f.wrongVerbs) {
      const re = new RegExp(`${verb}(?=[“"]?${f.name})`, 'gu');
      for (const m of text.matchAll(re))
        out.push({ offset: m.index, length: verb.length, found: verb, suggestion: f.verb, category: 'formulation', message: `规范表述为“${f.verb}‘${f.name}’”` });
    }
    // A list of its members with one left out.
    if (f.members.length > 2) {
      const member = `(?:${f.members.join('|')})`;
      for (const m of text.matchAll(new RegExp(`${member}(?:[、，,和及]${member})+`, 'gu'))) {
        const present = f.members.filter((x) => m[0].includes(x));
        if (present.length >= 2 && present.length < f.members.length) {
          const missing = f.members.filter((x) => !present.includes(x));
          out.push({ offset: m.index, length: m[0].length, found: m[0], suggestion: null, category: 'formulation', message: `“${f.name}”少了${missing.map((x) => `“${x}”`).join('、')}` });
        }
      }
    }
  }
  return out;
}
