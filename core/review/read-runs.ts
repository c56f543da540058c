import { isAnchor, regionOfAnchor, type Region } from './anchors.ts';
import { attr, child, elements, parse, W } from './docx-xml.ts';
import { formatChange, type FormatChange } from './read-format.ts';

/**
 * The first pass over a returned 送审稿: each `w:p` as Word wrote it, a row of tokens (its words with
 * their revision, our anchors, comment edges) and the revision of its paragraph mark. Which of these
 * paragraphs were one paragraph when sent is decided after (read-review.ts), from the marks.
 */

export interface Mark {
  author: string;
  /** ISO time as the file gives it, or '' where the editor wrote none. */
  date: string;
}

/** A tracked change: words or a paragraph mark inserted or deleted, perhaps as one half of a move. */
export interface Revision extends Mark {
  kind: 'insert' | 'delete';
  /** The move's name (Word's w:moveFrom/w:moveTo ranges): the two halves share it. */
  move?: string;
}

export type Token =
  | { type: 'text'; status: 'same' | 'insert' | 'delete'; text: string; by: Revision | null; format: FormatChange | null }
  | { type: 'anchor'; name: string }
  | { type: 'comment'; edge: 'start' | 'end' | 'point'; id: string };

export interface RawParagraph {
  tokens: Token[];
  /** The paragraph mark's revision; `gone` where one reviewer inserted it and another deleted it. */
  mark: Revision | 'gone' | null;
  /** Where it is outside the articles, or null in the body. */
  region: Region | null;
  /** A paragraph inside another one's run (a text box): never part of the flow of paragraphs. */
  nested: boolean;
}

const MOVE = { moveFrom: 'delete', moveTo: 'insert' } as const;
const TOC_GALLERY = /table of contents/iu;

/** The revision a `w:ins`, `w:del`, `w:moveFrom` or `w:moveTo` element records. */
function revisionOf(el: Element): Revision | null {
  const kind = el.localName === 'ins' || el.localName === 'moveTo' ? 'insert' : el.localName === 'del' || el.localName === 'moveFrom' ? 'delete' : null;
  return kind ? { kind, author: attr(el, 'author'), date: attr(el, 'date') } : null;
}

/** Whether a content control holds the 目录 (Word, LibreOffice and the docx library all write it so). */
function isToc(sdt: Element): boolean {
  const gallery = child(child(child(sdt, 'sdtPr') ?? sdt, 'docPartObj') ?? sdt, 'docPartGallery');
  return gallery !== null && TOC_GALLERY.test(attr(gallery, 'val'));
}

/**
 * Reads the paragraphs of one part (the document, or a header or footer with its region). In a
 * document of several sections, paragraphs before the first section break are the masthead page's.
 */
export function readRawParagraphs(xml: string, partRegion: Region | null): RawParagraph[] {
  const out: RawParagraph[] = [];
  /** The changes the words being read are in, innermost last; a move's name is found when its words are read. */
  const stack: (Revision & { moveKind?: keyof typeof MOVE })[] = [];
  const ranges = { moveFrom: [] as { id: string; name: string }[], moveTo: [] as { id: string; name: string }[] };
  const lastRange = { moveFrom: '', moveTo: '' };
  let current: RawParagraph | null = null;
  let pending: Token[] = [];
  let pendingRegion: Region | null = null;
  const root = parse(xml).documentElement;
  // A 送审稿's masthead page is a section of its own: what comes before the first section break is it.
  const breaks = root.getElementsByTagNameNS(W, 'sectPr');
  let front = partRegion === null && Array.from({ length: breaks.length }, (_, i) => breaks.item(i)!).some((b) => (b.parentNode as Element | null)?.localName === 'pPr');
  let toc = 0;
  let format: FormatChange | null = null;

  /** The move a word belongs to: the innermost open range of its kind, else the last one seen, else its author and time. */
  const moveName = (kind: keyof typeof MOVE, by: Mark) => ranges[kind].at(-1)?.name || lastRange[kind] || `${kind === 'moveFrom' ? 'moveTo' : 'moveFrom'}|${by.author}|${by.date}`;
  const place = (token: Token) => (current ? current.tokens.push(token) : pending.push(token));

  const addText = (text: string, deleted: boolean) => {
    if (!current || !text) return;
    const inserted = stack.some((c) => c.kind === 'insert');
    const removed = deleted || stack.some((c) => c.kind === 'delete');
    // Inserted by one reviewer and deleted by another: never in the text sent, nor in the text returned.
    if (inserted && removed) return;
    const top = stack.at(-1);
    const by: Revision | null = top ? { kind: top.kind, author: top.author, date: top.date, ...(top.moveKind ? { move: moveName(top.moveKind, top) } : {}) } : null;
    // The template prints every word in its own fonts: formatting counts only on words as sent.
    current.tokens.push({ type: 'text', status: removed ? 'delete' : inserted ? 'insert' : 'same', text, by, format: inserted || removed ? null : format });
  };

  const paragraph = (el: Element) => {
    const outer = current;
    current = { tokens: outer ? [] : pending, mark: null, region: pendingRegion ?? partRegion ?? (toc ? 'toc' : front ? 'masthead' : null), nested: outer !== null };
    if (!outer) [pending, pendingRegion] = [[], null];
    let mark: (Revision & { element: keyof typeof MOVE | null }) | 'gone' | null = null;
    let breaksSection = false;
    const pPr = child(el, 'pPr');
    const rPr = pPr && child(pPr, 'rPr');
    if (rPr) {
      const marks = elements(rPr).flatMap((e) => (e.namespaceURI === W ? [{ r: revisionOf(e), e }] : [])).filter((m) => m.r);
      const kinds = new Set(marks.map((m) => m.r!.kind));
      if (kinds.size > 1) mark = 'gone';
      else if (marks[0]) mark = { ...marks[0].r!, element: marks[0].e.localName in MOVE ? (marks[0].e.localName as keyof typeof MOVE) : null };
    }
    if (pPr && child(pPr, 'sectPr')) breaksSection = true;
    for (const c of elements(el)) if (c !== pPr) walk(c);
    const done: RawParagraph = current;
    if (mark && mark !== 'gone') {
      const { element, ...revision } = mark;
      done.mark = element ? { ...revision, move: lastMove(done, revision.kind) ?? moveName(element, revision) } : revision;
    } else done.mark = mark;
    out.push(done);
    current = outer;
    if (breaksSection) front = false;
  };

  const walk = (el: Element) => {
    if (el.namespaceURI !== W) {
      // Text boxes' second copy for old readers would count every word twice.
      if (el.localName === 'Fallback') return;
      for (const c of elements(el)) walk(c);
      return;
    }
    switch (el.localName) {
      case 'p':
        return paragraph(el);
      case 'r': {
        const outer = format;
        format = formatChange(child(el, 'rPr'));
        for (const c of elements(el)) walk(c);
        format = outer;
        return;
      }
      // Properties (and a field's code) hold no text of the paragraph.
      case 'pPr':
      case 'rPr':
      case 'instrText':
      case 'delInstrText':
        return;
      case 'sdt': {
        const inToc = isToc(el);
        if (inToc) toc++;
        for (const c of elements(el)) walk(c);
        if (inToc) toc--;
        return;
      }
      case 'bookmarkStart': {
        const name = attr(el, 'name');
        const region = regionOfAnchor(name);
        if (region && current) current.region = region;
        else if (region) pendingRegion = region;
        else if (isAnchor(name)) place({ type: 'anchor', name });
        return;
      }
      case 'moveFromRangeStart':
      case 'moveToRangeStart': {
        const kind = el.localName === 'moveFromRangeStart' ? 'moveFrom' : 'moveTo';
        ranges[kind].push({ id: attr(el, 'id'), name: attr(el, 'name') });
        lastRange[kind] = attr(el, 'name');
        return;
      }
      case 'moveFromRangeEnd':
      case 'moveToRangeEnd': {
        const kind = el.localName === 'moveFromRangeEnd' ? 'moveFrom' : 'moveTo';
        ranges[kind] = ranges[kind].filter((r) => r.id !== attr(el, 'id'));
        return;
      }
      case 'ins':
      case 'del':
      case 'moveTo':
      case 'moveFrom': {
        const revision = revisionOf(el)!;
        // LibreOffice opens a move's range inside it: the name is looked up as its words are read.
        stack.push(el.localName in MOVE ? { ...revision, moveKind: el.localName as keyof typeof MOVE } : revision);
        for (const c of elements(el)) walk(c);
        stack.pop();
        return;
      }
      case 't':
        addText(el.textContent ?? '', false);
        return;
      case 'delText':
        addText(el.textContent ?? '', true);
        return;
      case 'commentRangeStart':
        place({ type: 'comment', edge: 'start', id: attr(el, 'id') });
        return;
      case 'commentRangeEnd': {
        // An end between paragraphs closes on the words before it.
        const token = { type: 'comment', edge: 'end', id: attr(el, 'id') } as const;
        if (current) current.tokens.push(token);
        else if (out.length) out.at(-1)!.tokens.push(token);
        return;
      }
      case 'commentReference':
        place({ type: 'comment', edge: 'point', id: attr(el, 'id') });
        return;
      default:
        for (const c of elements(el)) walk(c);
    }
  };

  walk(root);
  return out;
}

/** The move of the last words of a paragraph with the same kind of change: a moved paragraph's mark moved with them. */
function lastMove(p: RawParagraph, kind: Revision['kind']): string | undefined {
  for (let i = p.tokens.length - 1; i >= 0; i--) {
    const t = p.tokens[i]!;
    if (t.type === 'text' && t.by?.kind === kind && t.by.move) return t.by.move;
  }
  return undefined;
}
