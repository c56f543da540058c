import type { Finding, Formulations } from './finding.ts';
import { endMissingIsSlip, rank, slipOf, slipReason, type Slip } from './near-miss.ts';
import { phraseIndex, scan, type PhraseIndex, type Scan } from './phrase-index.ts';
import { formulaFindings } from './rules-formula.ts';
import { wordAt } from './words.ts';

/** Below this length, a phrase cut short at either end is another word (`党的二十届` is not `党的二十大` mistyped). */
const SHORT = 8;

const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a near miss is a real slip: not a difference of punctuation alone, nor a short phrase merely cut short. */
function isSlip(found: string, phrase: string, slip: Slip): boolean {
  if (letters(found) === letters(phrase)) return false;
  const truncated = slip.kind === 'missing' && (slip.at === 0 || slip.at === phrase.length - 1);
  return !(truncated && phrase.length < SHORT);
}

/** Words of one character that nearly every sentence has: one written alone is read as itself. */
const COMMON_ALONE = new Set([...'是的了和与在有']);

/** Below this length a phrase is a word or two: a near sound that makes its last word another word makes another phrase. */
const NEAR_SHORT = 6;

/**
 * Whether a near sound stands as a slip. The character written must not make, with characters
 * outside the phrase, a word the sentence needs (`全体人名单` wants 名单 whatever phrase is near), nor be one of
 * the commonest words standing alone (`毛泽东是想把…` reads 是 as a verb). And
 * longer phrases count for more: in a short one, the last word written as another word (`核心意思`,
 * `文化自省`, `一带一如既往`) is the head of another phrase, where another first word (`人名城市`) is not.
 */
function nearStands(text: string, offset: number, length: number, slip: Slip): boolean {
  const [start, end] = wordAt(text, offset + slip.at);
  if (start < offset || end > offset + length || (end - start === 1 && COMMON_ALONE.has(slip.written))) return false;
  return length >= NEAR_SHORT || end < offset + length || end - start < 2;
}

/** Whether a window of the text lies on an exact occurrence: of its own phrase anywhere in it, of another entry around it. */
function onExact(index: PhraseIndex, found: Scan, entry: number, offset: number, length: number): boolean {
  return found.exact.some((x) => {
    const end = x.offset + index.entries[x.entry]!.text.length;
    return x.entry === entry ? x.offset < offset + length && offset < end : x.offset <= offset && offset + length <= end;
  });
}

interface Candidate {
  entry: number;
  offset: number;
  length: number;
  slip: Slip;
  rank: number;
}

/** Near misses of the dictionary's phrases, the likeliest where they overlap. */
function nearMissFindings(text: string, dict: Formulations): Finding[] {
  const index = phraseIndex(dict);
  const found = scan(text, index);
  const candidates: Candidate[] = [];
  for (const [entry, starts] of found.starts) {
    const phrase = index.entries[entry]!.text;
    const n = phrase.length;
    for (const offset of starts) {
      for (const length of [n - 1, n, n + 1]) {
        // One slip leaves the first or the last character as it is: a cheap test before any comparing.
        if (offset < 0 || offset + length > text.length || (text[offset] !== phrase[0] && text[offset + length - 1] !== phrase[n - 1])) continue;
        const s = text.slice(offset, offset + length);
        const slip = slipOf(s, phrase, dict);
        if (!slip || !isSlip(s, phrase, slip) || (slip.kind === 'near' && !nearStands(text, offset, length, slip)) || !endMissingIsSlip(slip, phrase, text, offset, length) || onExact(index, found, entry, offset, length)) continue;
        candidates.push({ entry, offset, length, slip, rank: rank(slip) });
      }
    }
  }
  // The likeliest slip of each phrase where its candidates overlap; a slip that a shorter phrase
  // explains already is shown with that phrase (`科技创新地`, not the whole sentence around it).
  candidates.sort((a, b) => a.rank - b.rank || index.entries[a.entry]!.text.length - index.entries[b.entry]!.text.length || a.offset - b.offset);
  const chosen: Candidate[] = [];
  /** Each phrase's likeliest slip at a place, shown or not: its other readings of that place are not. */
  const taken: Candidate[] = [];
  const at = (c: Candidate) => `${c.offset + c.slip.at}|${c.slip.kind}|${c.slip.written}|${c.slip.meant}`;
  for (const c of candidates) {
    if (taken.some((x) => x.entry === c.entry && c.offset < x.offset + x.length && x.offset < c.offset + c.length)) continue;
    taken.push(c);
    if (!chosen.some((x) => at(x) === at(c))) chosen.push(c);
  }
  return chosen.map(({ entry, offset, length, slip }) => {
    const { text: phrase, source } = index.entries[entry]!;
    const message = `${slipReason(slip)}，应为“${phrase}”${source ? `；出处：${source}` : ''}`;
    return { offset, length, found: text.slice(offset, offset + length), suggestion: phrase, category: 'formulation', message };
  });
}

/** 规范表述: near misses of canonical phrases, known wrong forms, and the verbs and members of the formulas. */
export function formulationFindings(text: string, dict: Formulations): Finding[] {
  const out = nearMissFindings(text, dict);
  for (const w of dict.wrongForms) {
    for (let at = text.indexOf(w.wrong); at >= 0; at = text.indexOf(w.wrong, at + 1))
      out.push({ offset: at, length: w.wrong.length, found: w.wrong, suggestion: w.correct, category: 'formulation', message: w.message ?? `应为“${w.correct}”` });
  }
  return [...out, ...formulaFindings(text, dict)];
}
