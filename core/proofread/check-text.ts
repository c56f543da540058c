import type { Finding, Formulations } from './finding.ts';
import { formulationFindings } from './rules-formulation.ts';
import { punctuationFindings } from './rules-punctuation.ts';
import { typoFindings } from './rules-typo.ts';
import { numberFindings, yearStyleFindings } from './rules-numbers.ts';

/**
 * Every finding in one text (a paragraph, or a whole file), in order, without two for the same
 * place: of one category, or a slip inside a canonical phrase already found. A title may keep the
 * space between its two phrases.
 */
export function checkText(text: string, dict: Formulations, options: { title?: boolean } = {}): Finding[] {
  const punctuation = punctuationFindings(text).filter((f) => !(options.title && f.suggestion === '' && /^[ \u3000]+$/u.test(f.found)));
  const all = [...formulationFindings(text, dict), ...punctuation, ...numberFindings(text, dict), ...typoFindings(text)].sort(
    (a, b) => a.offset - b.offset || b.length - a.length,
  );
  const out: Finding[] = [];
  for (const f of all) {
    const overlapping = out.filter((x) => f.offset < x.offset + x.length && x.offset < f.offset + f.length);
    if (overlapping.some((x) => x.category === f.category || (x.category === 'formulation' && f.category === 'typo'))) continue;
    out.push(f);
  }
  return out;
}

/** A finding in a plain text file: its line and column (1-based, in characters). */
export interface LineFinding extends Finding {
  line: number;
  column: number;
}

/** 校对 for a plain text file, one paragraph a line: each line, and years written one way throughout. */
export function checkLines(text: string, dict: Formulations): LineFinding[] {
  const lines = text.split(/\r?\n/u);
  const at = (i: number, f: Finding): LineFinding => ({ ...f, line: i + 1, column: [...lines[i]!.slice(0, f.offset)].length + 1 });
  return [
    ...lines.flatMap((line, i) => checkText(line, dict).map((f) => at(i, f))),
    ...yearStyleFindings(lines).map(({ block, finding }) => at(block, finding)),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
}
