import * as z from 'zod';
import list from '../../templates/proofread/confusions.json' with { type: 'json' };
import type { Finding } from './finding.ts';
import { escapeRegExp } from './reg-exp.ts';

/** A common confusion of official writing (templates/proofread/confusions.json): wrong where its context says so. */
const Confusion = z.strictObject({
  wrong: z.string().min(1),
  right: z.string().min(1),
  before: z.string().optional(),
  after: z.string().optional(),
  why: z.string().min(1),
});
export const CONFUSIONS = z.array(Confusion).parse(list.confusions);


/** Each confusion as a search: the wrong form, after `before` or before `after` when the entry names them. */
const SEARCHES = CONFUSIONS.map((c) => {
  const w = escapeRegExp(c.wrong);
  const contexts = [c.before && `(?<=${c.before})${w}`, c.after && `${w}(?=${c.after})`].filter(Boolean);
  return { ...c, re: new RegExp(contexts.length ? contexts.join('|') : w, 'gu') };
});

/** Function characters that never stand twice in a row (的的确确 and 不了了之 aside). */
const DOUBLED = /(?<!不)([的了在是和与及对为把被就也都而])\1(?![确之非])/gu;
const ADVERB_DE = /(积极|认真|深入|扎实|切实|全面|不断|持续|主动|严格)的(开展|推进|学习|落实|推动|参与|研究|贯彻|实施|做好|抓好)/gu;

/** 错别字: the common confusions, doubled characters, and 的 for 地 where it is certain. */
export function typoFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const c of SEARCHES) {
    if (!text.includes(c.wrong)) continue;
    for (const m of text.matchAll(c.re)) out.push({ offset: m.index, length: m[0].length, found: m[0], suggestion: c.right, category: 'typo', message: c.why });
  }
  for (const m of text.matchAll(DOUBLED))
    out.push({ offset: m.index, length: 2, found: m[0], suggestion: m[1]!, category: 'typo', message: `“${m[1]}”重复` });
  for (const m of text.matchAll(ADVERB_DE))
    out.push({ offset: m.index, length: m[0].length, found: m[0], suggestion: `${m[1]}地${m[2]}`, category: 'typo', message: '状语后应用“地”' });
  return out;
}
