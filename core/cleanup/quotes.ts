/**
 * Straight double quotes paired by local evidence, not by alternation: when extraction lost one
 * mark, alternation reverses every pair after it. Each mark either pairs with the next one or
 * stands alone; the choice for the whole paragraph is the one the evidence favours most (a short
 * quoted span, no clause break inside a quoted term, an opening mark after `：` or `说`, a
 * closing one before `，` or `。`). A mark left alone keeps its straight form, for the clerk.
 */

/** What leaving a mark without a partner costs: more than any pair that is merely possible. */
const UNPAIRED = 3;
const SPEECH = /(?:[：:]|说|道|指出|强调|表示|认为|提出|写道|问)$/u;
const CLAUSE_BREAK = /[，,；;。！？!?]/gu;
const SENTENCE_BREAK = /[。！？!?](?!$)/gu;
const AFTER_CLOSING = /^(?:$|[，,。、；;：:！!？?）)…—」』\s])/u;
const AFTER_OPENING_WRONG = /^[，,。、；;！!？?）)]/u;
const BEFORE_CLOSING_WRONG = /[，,、（(“]$/u;

function pairScore(chars: string[], open: number, close: number): number {
  const span = chars.slice(open + 1, close).join('');
  const before = chars.slice(Math.max(0, open - 4), open).join('');
  const length = close - open - 1;
  if (!length) return -10;
  let score = length <= 20 ? 2 : length <= 40 ? 1 : -(length - 40) / 20;
  const speech = SPEECH.test(before);
  if (speech) score += 2;
  // A quoted term holds no clause break; a quoted saying may.
  else score -= 2 * (span.match(CLAUSE_BREAK)?.length ?? 0);
  score -= 2 * (span.match(SENTENCE_BREAK)?.length ?? 0);
  if (AFTER_OPENING_WRONG.test(span)) score -= 3;
  if (BEFORE_CLOSING_WRONG.test(span)) score -= 3;
  if (AFTER_CLOSING.test(chars[close + 1] ?? '')) score += 2;
  return score;
}

/** The pairs among the marks at `marks` (indexes into `chars`): for each mark, its partner's index in `marks`, or -1. */
export function pairMarks(chars: string[], marks: number[]): number[] {
  const n = marks.length;
  const best = new Array<number>(n + 1).fill(0);
  const paired = new Array<boolean>(n + 1).fill(false);
  for (let k = 1; k <= n; k++) {
    best[k] = best[k - 1]! - UNPAIRED;
    if (k >= 2) {
      const withPair = best[k - 2]! + pairScore(chars, marks[k - 2]!, marks[k - 1]!);
      if (withPair >= best[k]!) {
        best[k] = withPair;
        paired[k] = true;
      }
    }
  }
  const partner = new Array<number>(n).fill(-1);
  for (let k = n; k > 0; ) {
    if (paired[k]) {
      partner[k - 2] = k - 1;
      partner[k - 1] = k - 2;
      k -= 2;
    } else k--;
  }
  return partner;
}
