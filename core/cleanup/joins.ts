import { SENTENCE_END } from './chars.ts';
import { displayWidth, fillsColumn } from './line-width.ts';
import { blockText, type Run } from './raw-block.ts';
import { closesArticle, headingWords, isLetterClosing, looksLikeTitle } from './structure.ts';
import type { ChangeCounts } from './tally.ts';

/** A line kept for the article, with what is known of where it stood. */
export interface Line {
  runs: Run[];
  /** It may continue the line before (plain text); false for a paragraph a document marked, or an indented line. */
  continues: boolean;
  afterBlank: boolean;
  /** Its width as it came, indentation included (see line-width.ts). */
  width: number;
  heading: number | null;
  title: boolean;
  /** A table's row (see RawBlock): it stands alone. */
  cells?: string[];
  /** A picture: it stands alone, its caption never joins a sentence. */
  figure?: { photo: string; width?: number; height?: number };
}

/**
 * What closes the line before it: a byline or a source, a line in parentheses, or a sentence
 * followed by its medium or its author in parentheses (`…之一！（唐山文明网）`).
 */
const closing = (t: string) => closesArticle(t) || isLetterClosing(t) || /^[（(].*[)）]$/u.test(t) || /[。！？…][（(][^（()）]{2,12}[)）]$/u.test(t);
/** `【…】` opens a new item, and words like `据悉，` a new sentence: no broken line goes on with them. */
const STARTS_ANEW = /^(?:【|(?:据悉|据了解|目前|同时|此外|另外|近日|日前|今后|近年来|与此同时|首先|其次|最后|总之)，|\d{1,2}月\d{1,2}日)/u;
/** Marks after which a sentence must go on: a line ending in one was broken. */
const CLAUSE_GOES_ON = /[，,、“《（(—]$/u;
/** Marks no sentence starts with: a line starting with one continues the line before. */
const NO_SENTENCE_STARTS = /^[，,。、；;：？?！!）)》”]/u;

/**
 * Whether `next` continues the sentence `prev` left open, judged from the whole text: a clause
 * mark at the end of `prev` or at the start of `next` says so; otherwise, where the text's lines
 * share a column width, only a line that fills the column was broken by it; where they do not
 * (a web page), lines stand apart unless nothing but a line break separates them.
 */
function continuesSentence(prev: Line, next: Line, column: number | null): boolean {
  if (prev.heading !== null || prev.title || next.heading !== null || next.title || prev.figure || next.figure || prev.cells || next.cells || !next.continues) return false;
  const a = blockText(prev).trim();
  const b = blockText(next).trim();
  if (SENTENCE_END.test(a) || closing(a) || closing(b)) return false;
  // A title and the subtitle under it.
  if (/^[—－]{1,2}/u.test(b) && looksLikeTitle(a)) return false;
  if (CLAUSE_GOES_ON.test(a) || NO_SENTENCE_STARTS.test(b)) return true;
  if (STARTS_ANEW.test(b)) return false;
  if (column !== null) return fillsColumn(prev.width, column);
  // Without a column, a line break alone, or a body paragraph cut off before its end, goes on; a short line between blank lines (a title, a counter) does not.
  return !next.afterBlank || (isBodyText(a) && isBodyText(b));
}

/**
 * A section heading without numbering: words with no punctuation after a finished sentence,
 * before a paragraph's start, and (in a column) shorter than the column.
 */
function isSectionHeading(prev: Line | undefined, line: Line, next: Line | undefined, column: number | null): boolean {
  if (!prev || !next || line.heading !== null || line.title || line.figure || prev.figure || next.figure) return false;
  const text = blockText(line).trim();
  if (!headingWords(text) || !SENTENCE_END.test(blockText(prev).trim())) return false;
  if (column !== null && fillsColumn(line.width, column)) return false;
  const nextText = blockText(next).trim();
  const nextStartsParagraph = !next.continues || next.afterBlank;
  // What follows is body text: a full line of the column, or (without one) a line with punctuation.
  const nextIsBody = column !== null ? fillsColumn(next.width, column) || SENTENCE_END.test(nextText) : !headingWords(nextText);
  return nextStartsParagraph && next.width > line.width && nextIsBody;
}

/** A paragraph's worth of sentences, not a title, heading or counter: long, or holding a clause mark. */
const isBodyText = (t: string) => !headingWords(t) && (displayWidth(t) > 25 || /[，。；]/u.test(t));

function appendRuns(into: Run[], more: Run[]): void {
  for (const r of more) {
    const last = into.at(-1);
    if (last && Boolean(last.bold) === Boolean(r.bold) && Boolean(last.italic) === Boolean(r.italic)) last.text += r.text;
    else into.push({ ...r });
  }
}

/** Finds unnumbered section headings, then joins the lines broken inside a sentence; `column` is the text's column width, if it has one. */
export function joinLines(lines: Line[], column: number | null, tally: ChangeCounts): Line[] {
  const marked = lines.map((l, i) => (isSectionHeading(lines[i - 1], l, lines[i + 1], column) ? { ...l, heading: 1 } : l));
  const joined: Line[] = [];
  for (const line of marked) {
    const prev = joined.at(-1);
    if (prev && continuesSentence(prev, line, column)) {
      appendRuns(prev.runs, line.runs);
      prev.width = line.width;
      tally.joinedLines++;
    } else joined.push({ ...line, runs: line.runs.map((r) => ({ ...r })) });
  }
  return joined;
}
