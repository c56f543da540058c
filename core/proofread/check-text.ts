import type { Finding, Formulations } from './finding.ts';
import { formulationFindings } from './rules-formulation.ts';
import { punctuationFindings } from './rules-punctuation.ts';
import { typoFindings } from './rules-typo.ts';

/**
 * Every finding in one text (a paragraph, or a whole file), in order, without two for the same
 * place. A title may keep the space between its two phrases.
 */
export function checkText(text: string, dict: Formulations, options: { title?: boolean } = {}): Finding[] {
  const punctuation = punctuationFindings(text).filter((f) => !(options.title && f.suggestion === '' && /^[ \u3000]+$/u.test(f.found)));
  const all = [...formulationFindings(text, dict), ...punctuation, ...typoFindings(text)].sort(
    (a, b) => a.offset - b.offset || b.length - a.length,
  );
  const out: Finding[] = [];
  for (const f of all) {
    const last = out.at(-1);
    if (last && f.offset < last.offset + last.length && f.category === last.category) continue;
    out.push(f);
  }
  return out;
}
