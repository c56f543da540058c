import { openDocx, W } from './word-xml.ts';

/**
 * What a leader does in Word with 修订 on that LibreOffice does not write (or writes its own way),
 * written into a DOCX as Word writes it: moves (w:moveFrom/w:moveTo inside named ranges; a whole
 * paragraph's mark moves with it) and formatting (the run's new properties, the old ones in w:rPrChange).
 */
export interface WordRevisions {
  author: string;
  date: string;
  /** Whole paragraphs dragged elsewhere: the paragraph holding `paragraph` goes before the one holding `before`. */
  paragraphMoves?: { paragraph: string; before: string }[];
  /** Words dragged to the end of the paragraph holding `to`. */
  wordMoves?: { words: string; to: string }[];
  /** Words formatted: bold or italic set, or their size (in half points) or colour changed. */
  formats?: { words: string; bold?: boolean; italic?: boolean; size?: number; color?: string }[];
}

export function addWordRevisions(docx: Uint8Array, r: WordRevisions): Uint8Array {
  const { el, isolate, paragraphWith, save } = openDocx(docx);
  let next = 9000;
  const who = () => ({ id: String(next++), author: r.author, date: r.date });
  let moves = 0;
  /** The move's two ranges, and the two revisions in them. */
  const move = (name: string) => ({
    from: (children: Element[]) => [el('moveFromRangeStart', { ...who(), name }), el('moveFrom', who(), ...children)],
    to: (children: Element[]) => [el('moveToRangeStart', { ...who(), name }), el('moveTo', who(), ...children)],
  });
  const rangeEnd = (kind: 'moveFromRangeEnd' | 'moveToRangeEnd', start: Element) => el(kind, { id: start.getAttributeNS(W, 'id') ?? '' });
  const runsOf = (p: Element) => Array.from({ length: p.childNodes.length }, (_, i) => p.childNodes.item(i) as Element).filter((c) => c.localName === 'r');
  const markParagraph = (p: Element, kind: 'moveFrom' | 'moveTo') => {
    let pPr = Array.from({ length: p.childNodes.length }, (_, i) => p.childNodes.item(i) as Element).find((c) => c.localName === 'pPr');
    if (!pPr) p.insertBefore((pPr = el('pPr')), p.firstChild);
    // The mark's change comes first in its properties.
    const rPr = Array.from({ length: pPr.childNodes.length }, (_, i) => pPr!.childNodes.item(i) as Element).find((c) => c.localName === 'rPr') ?? pPr.appendChild(el('rPr'));
    rPr.insertBefore(el(kind, who()), rPr.firstChild);
  };

  for (const m of r.paragraphMoves ?? []) {
    const name = `move${++moves}`;
    const source = paragraphWith(m.paragraph);
    const target = paragraphWith(m.before);
    const copy = source.cloneNode(true) as Element;
    // The paragraph where it was: its runs moved away, and its mark with them.
    const runs = runsOf(source);
    const [start, from] = move(name).from(runs.map((x) => x.cloneNode(true) as Element));
    for (const x of runs) source.removeChild(x);
    source.appendChild(start!);
    source.appendChild(from!);
    source.appendChild(rangeEnd('moveFromRangeEnd', start!));
    markParagraph(source, 'moveFrom');
    // Where it went: a paragraph of its own before the target, its runs and mark moved there.
    for (const c of Array.from({ length: copy.childNodes.length }, (_, i) => copy.childNodes.item(i) as Element)) if (c.localName !== 'pPr') copy.removeChild(c);
    const [toStart, to] = move(name).to(runs);
    copy.appendChild(toStart!);
    copy.appendChild(to!);
    copy.appendChild(rangeEnd('moveToRangeEnd', toStart!));
    markParagraph(copy, 'moveTo');
    target.parentNode!.insertBefore(copy, target);
  }
  for (const m of r.wordMoves ?? []) {
    const name = `move${++moves}`;
    const run = isolate(m.words);
    const target = paragraphWith(m.to);
    const [start, from] = move(name).from([run.cloneNode(true) as Element]);
    run.parentNode!.insertBefore(start!, run);
    run.parentNode!.insertBefore(from!, run);
    run.parentNode!.insertBefore(rangeEnd('moveFromRangeEnd', start!), run);
    run.parentNode!.removeChild(run);
    const [toStart, to] = move(name).to([run]);
    target.appendChild(toStart!);
    target.appendChild(to!);
    target.appendChild(rangeEnd('moveToRangeEnd', toStart!));
  }
  for (const f of r.formats ?? []) {
    const run = isolate(f.words);
    let rPr = Array.from({ length: run.childNodes.length }, (_, i) => run.childNodes.item(i) as Element).find((c) => c.localName === 'rPr');
    if (!rPr) run.insertBefore((rPr = el('rPr')), run.firstChild);
    const old = rPr.cloneNode(true) as Element;
    const fonts = rPr.getElementsByTagNameNS(W, 'rFonts').item(0);
    const after = fonts ? fonts.nextSibling : rPr.firstChild;
    if (f.italic) rPr.insertBefore(el('i'), after);
    if (f.bold) rPr.insertBefore(el('b'), after);
    if (f.color) rPr.insertBefore(el('color', { val: f.color }), rPr.getElementsByTagNameNS(W, 'sz').item(0));
    if (f.size) for (const name of ['sz', 'szCs']) rPr.getElementsByTagNameNS(W, name).item(0)?.setAttributeNS(W, 'w:val', String(f.size));
    rPr.appendChild(el('rPrChange', who(), old));
  }
  return save();
}
