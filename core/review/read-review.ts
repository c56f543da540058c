import { isAnchor } from './anchors.ts';
import { REVIEW_PROPERTY } from '../docx/review-copy.ts';
import { W, attr, elements, parseXml as parse } from '../docx/ooxml-dom.ts';

/**
 * What a reviewer did to a 送审稿, read from the package's XML: mammoth drops revisions, so the
 * parts are parsed here. Each paragraph keeps its text as it was sent (`before`) and as the reviewer
 * left it (`after`), the anchors it still carries, its tracked changes and the comments on it.
 */

export interface Mark {
  author: string;
  /** ISO time as the file gives it, or '' where the editor wrote none. */
  date: string;
}

export interface ReadChange extends Mark {
  kind: 'insert' | 'delete' | 'replace';
  /** Text deleted, and text inserted (a replacement has both). */
  before: string;
  after: string;
  /** Where in the paragraph's sent text the change starts. */
  at: number;
}

export interface ReadComment extends Mark {
  id: string;
  text: string;
  /** The text the comment is on, as sent. */
  quote: string;
  at: number;
}

export interface ReadParagraph {
  anchors: string[];
  before: string;
  after: string;
  changes: ReadChange[];
  comments: ReadComment[];
}

export interface ReadReview {
  paragraphs: ReadParagraph[];
  /** The issue and version the 送审稿 was made from, where the file still says so. */
  issueId: string | null;
  versionId: string | null;
  /** Comments whose place in the text was not found (their range and reference were removed). */
  loose: ReadComment[];
}

interface Segment extends Mark {
  kind: 'same' | 'insert' | 'delete';
  text: string;
}

interface Building {
  anchors: string[];
  segments: Segment[];
  before: number;
  comments: ReadComment[];
}

/** Comments by id from `word/comments.xml`: author, time and their text. */
function readComments(xml: string | undefined): Map<string, Omit<ReadComment, 'quote' | 'at'>> {
  const out = new Map<string, Omit<ReadComment, 'quote' | 'at'>>();
  if (!xml) return out;
  const doc = parse(xml);
  const comments = doc.getElementsByTagNameNS(W, 'comment');
  for (let i = 0; i < comments.length; i++) {
    const c = comments.item(i)!;
    const paragraphs = c.getElementsByTagNameNS(W, 'p');
    const text: string[] = [];
    for (let p = 0; p < paragraphs.length; p++) {
      const ts = paragraphs.item(p)!.getElementsByTagNameNS(W, 't');
      let line = '';
      for (let t = 0; t < ts.length; t++) line += ts.item(t)!.textContent ?? '';
      text.push(line);
    }
    out.set(attr(c, 'id'), { id: attr(c, 'id'), author: attr(c, 'author'), date: attr(c, 'date'), text: text.join('\n').trim() });
  }
  return out;
}

function customProperty(xml: string | undefined, name: string): string | null {
  if (!xml) return null;
  const props = parse(xml).getElementsByTagName('property');
  for (let i = 0; i < props.length; i++) if (props.item(i)!.getAttribute('name') === name) return (props.item(i)!.textContent ?? '').trim() || null;
  return null;
}

/** Tracked changes, from a paragraph's segments: a deletion next to an insertion by the same reviewer is one replacement. */
function changesOf(segments: Segment[]): ReadChange[] {
  const out: ReadChange[] = [];
  let at = 0;
  let open: ReadChange | null = null;
  for (const s of segments) {
    if (s.kind === 'same') {
      open = null;
      at += s.text.length;
      continue;
    }
    if (!open || open.author !== s.author) {
      open = { kind: s.kind, before: '', after: '', at, author: s.author, date: s.date };
      out.push(open);
    }
    if (s.kind === 'delete') {
      open.before += s.text;
      at += s.text.length;
    } else open.after += s.text;
    open.kind = open.before && open.after ? 'replace' : open.before ? 'delete' : 'insert';
  }
  return out;
}

export interface ReviewParts {
  document: string;
  comments?: string;
  custom?: string;
}

/** Reads a returned 送审稿's paragraphs, revisions and comments. */
export function readReview(parts: ReviewParts): ReadReview {
  const byId = readComments(parts.comments);
  const paragraphs: ReadParagraph[] = [];
  const openComments = new Map<string, { target: Building; at: number; quote: string }>();
  const placed = new Set<string>();
  let pending: string[] = [];
  let current: Building | null = null;
  const changeStack: (Mark & { kind: 'insert' | 'delete' })[] = [];

  const addText = (text: string, deleted: boolean) => {
    if (!current || !text) return;
    const inserted = changeStack.some((c) => c.kind === 'insert');
    const removed = deleted || changeStack.some((c) => c.kind === 'delete');
    // Inserted by one reviewer and deleted by another: never in the text sent, nor in the text returned.
    if (inserted && removed) return;
    const kind = removed ? 'delete' : inserted ? 'insert' : 'same';
    const mark = changeStack.at(-1) ?? { author: '', date: '' };
    const last = current.segments.at(-1);
    if (last && last.kind === kind && last.author === mark.author) last.text += text;
    else current.segments.push({ kind, text, author: mark.author, date: mark.date });
    if (kind !== 'insert') {
      current.before += text.length;
      // A comment's quote is the words of the paragraph it starts in.
      for (const c of openComments.values()) if (c.target === current) c.quote += text;
    }
  };

  const closeComment = (id: string) => {
    const open = openComments.get(id);
    const comment = byId.get(id);
    openComments.delete(id);
    if (!open || !comment || placed.has(id)) return;
    placed.add(id);
    open.target.comments.push({ ...comment, quote: open.quote, at: open.at });
  };

  const walk = (el: Element) => {
    if (el.namespaceURI !== W) {
      // Text boxes' second copy for old readers would count every word twice.
      if (el.localName === 'Fallback') return;
      for (const c of elements(el)) walk(c);
      return;
    }
    switch (el.localName) {
      case 'p': {
        const outer = current;
        current = { anchors: pending, segments: [], before: 0, comments: [] };
        pending = [];
        for (const c of elements(el)) walk(c);
        const done: Building = current;
        const before = done.segments.filter((s) => s.kind !== 'insert').map((s) => s.text).join('');
        const after = done.segments.filter((s) => s.kind !== 'delete').map((s) => s.text).join('');
        paragraphs.push({ anchors: done.anchors, before, after, changes: changesOf(done.segments), comments: done.comments });
        current = outer;
        return;
      }
      // Properties (and a field's code) hold no text of the paragraph.
      case 'pPr':
      case 'rPr':
      case 'instrText':
      case 'delInstrText':
        return;
      case 'bookmarkStart': {
        const name = attr(el, 'name');
        if (isAnchor(name)) (current ? current.anchors : pending).push(name);
        return;
      }
      case 'ins':
      case 'del':
      case 'moveTo':
      case 'moveFrom': {
        changeStack.push({ kind: el.localName === 'ins' || el.localName === 'moveTo' ? 'insert' : 'delete', author: attr(el, 'author'), date: attr(el, 'date') });
        for (const c of elements(el)) walk(c);
        changeStack.pop();
        return;
      }
      case 't':
        addText(el.textContent ?? '', false);
        return;
      case 'delText':
        addText(el.textContent ?? '', true);
        return;
      case 'commentRangeStart': {
        if (current) openComments.set(attr(el, 'id'), { target: current, at: current.before, quote: '' });
        return;
      }
      case 'commentRangeEnd':
        closeComment(attr(el, 'id'));
        return;
      case 'commentReference': {
        // A comment on a point (no range): it belongs where its reference is.
        const id = attr(el, 'id');
        if (!openComments.has(id) && current && !placed.has(id)) openComments.set(id, { target: current, at: current.before, quote: '' });
        closeComment(id);
        return;
      }
      default:
        for (const c of elements(el)) walk(c);
    }
  };

  walk(parse(parts.document).documentElement);
  for (const id of [...openComments.keys()]) closeComment(id);
  const loose = [...byId.values()].filter((c) => !placed.has(c.id)).map((c) => ({ ...c, quote: '', at: 0 }));
  return {
    paragraphs,
    issueId: customProperty(parts.custom, REVIEW_PROPERTY.issue),
    versionId: customProperty(parts.custom, REVIEW_PROPERTY.version),
    loose,
  };
}
