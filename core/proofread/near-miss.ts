/**
 * Places in a text a slip away from a phrase: a character missing, wrong, extra, two neighbours
 * swapped, or a two-character word replaced by its homophone (`社会注意` for `社会主义`). A slip
 * leaves at least two of the phrase's four pieces intact, so only the places around those are compared.
 */
export interface NearMiss {
  offset: number;
  length: number;
}

type Slip = 'missing' | 'missingStart' | 'missingEnd' | 'wrong' | 'extra';

/** What kind of slip turns `phrase` into `s`, or null when it is none (or no slip at all). */
export function slipKind(s: string, phrase: string): Slip | null {
  if (s === phrase) return null;
  if (s.length === phrase.length) {
    const diff: number[] = [];
    for (let i = 0; i < s.length && diff.length <= 2; i++) if (s[i] !== phrase[i]) diff.push(i);
    if (diff.length === 1) return 'wrong';
    const adjacent = diff.length === 2 && diff[1] === diff[0]! + 1;
    const swapped = adjacent && s[diff[0]!] === phrase[diff[1]!] && s[diff[1]!] === phrase[diff[0]!];
    // Two neighbours replaced at once (a homophone word) only inside a long phrase, whose both ends
    // stand as written: `社会注意核心价值观`, never `长三角一体化示范` for `…发展`.
    const inner = adjacent && phrase.length >= 8 && diff[0]! >= 2 && diff[1]! <= phrase.length - 3;
    return swapped || inner ? 'wrong' : null;
  }
  if (Math.abs(s.length - phrase.length) !== 1) return null;
  const [short, long] = s.length < phrase.length ? [s, phrase] : [phrase, s];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.slice(i) !== long.slice(i + 1)) return null;
  if (s.length > phrase.length) return 'extra';
  return i === 0 ? 'missingStart' : i === phrase.length - 1 ? 'missingEnd' : 'missing';
}

/** Prepositions and particles that stand before or after a phrase: `以（习）近平…` lost a character, not changed one. */
const FUNCTION_CHARS = new Set([...'以在用把对为与和及是的了等从向按将于就也都让使被']);

function rank(kind: Slip, text: string, offset: number, length: number): number {
  if (kind === 'missing') return 0;
  // A character missing at an end, when what stands there is a particle or nothing, is likelier than a wrong one.
  const neighbour = kind === 'missingStart' ? text[offset - 1] : kind === 'missingEnd' ? text[offset + length] : undefined;
  if (kind === 'missingStart' || kind === 'missingEnd') return neighbour === undefined || FUNCTION_CHARS.has(neighbour) ? 0 : 2;
  return kind === 'wrong' ? 1 : 3;
}

export function nearMisses(text: string, phrase: string): NearMiss[] {
  const n = phrase.length;
  const size = Math.max(2, Math.ceil(n / 4));
  const starts = new Set<number>();
  for (let c = 0; c + size <= n || c < n; c += size) {
    const piece = phrase.slice(c, c + size);
    if (piece.length < 2) break;
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) for (const shift of [-1, 0, 1]) starts.add(at - c + shift);
  }
  const candidates: (NearMiss & { rank: number })[] = [];
  for (const start of starts) {
    for (const length of [n - 1, n, n + 1]) {
      if (start < 0 || start + length > text.length) continue;
      const kind = slipKind(text.slice(start, start + length), phrase);
      if (!kind || text.slice(Math.max(0, start - 1), start + length + 1).includes(phrase)) continue;
      candidates.push({ offset: start, length, rank: rank(kind, text, start, length) });
    }
  }
  // The likeliest slip wins where candidates overlap.
  candidates.sort((a, b) => a.rank - b.rank || a.offset - b.offset);
  const chosen: NearMiss[] = [];
  for (const c of candidates) {
    if (chosen.some((x) => c.offset < x.offset + x.length && x.offset < c.offset + c.length)) continue;
    chosen.push({ offset: c.offset, length: c.length });
  }
  return chosen.sort((a, b) => a.offset - b.offset);
}
