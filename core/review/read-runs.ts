import { SaxesParser, type SaxesTagNS } from 'saxes';
import { isAnchor, regionOfAnchor, type Region } from './anchors.ts';
import { W } from '../docx/ooxml-dom.ts';
import { XML_DTD } from '../model/xml-chars.ts';
import { formatChange, type FormatChange, type RunProperties } from './read-format.ts';

/**
 * The first pass over a returned 送审稿: each `w:p` as Word wrote it, a row of tokens (its words with
 * their revision, our anchors, comment edges) and the revision of its paragraph mark. Which of these
 * paragraphs were one paragraph when sent is decided after (read-review.ts), from the marks. The
 * document is read as a stream of tags (saxes): building its DOM took four times as long as reading it.
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
type MoveKind = keyof typeof MOVE;
const CHANGE: Record<string, Revision['kind']> = { ins: 'insert', moveTo: 'insert', del: 'delete', moveFrom: 'delete' };
const TOC_GALLERY = /table of contents/iu;
/** Elements whose contents hold no words of the paragraph: a field's code, a section's settings. */
const SKIPPED = new Set(['instrText', 'delInstrText', 'sectPr']);

/** A run's properties as they are read: as they are, and (inside w:rPrChange) as they were before a reviewer's formatting. */
interface RunProps {
  now: Map<string, SaxesTagNS>;
  was: Map<string, SaxesTagNS> | null;
  by: Mark | null;
  inChange: boolean;
}

/** A paragraph's properties as they are read: its mark's revisions, and whether it ends a section. */
interface ParagraphProps {
  marks: (Revision & { moveKind?: MoveKind })[];
  section: boolean;
  inRunProps: boolean;
}

/** An attribute of the main namespace (Word writes the `w:` prefix; another writer may bind another). */
function attr(tag: SaxesTagNS, name: string): string {
  const usual = tag.attributes[`w:${name}`];
  if (usual?.uri === W) return usual.value;
  for (const a of Object.values(tag.attributes)) if (a.uri === W && a.local === name) return a.value;
  return '';
}

/** A run's properties by name, each with its attributes by name: read only where a reviewer changed them. */
const properties = (tags: Map<string, SaxesTagNS>): RunProperties =>
  new Map([...tags].map(([name, tag]) => [name, Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value]))]));

/**
 * Reads the paragraphs of one part (the document, or a header or footer with its region). In a
 * document of several sections, paragraphs before the first section break are the masthead page's.
 */
export function readRawParagraphs(xml: string, partRegion: Region | null): RawParagraph[] {
  if (XML_DTD.test(xml)) throw new Error('DTD');
  const out: RawParagraph[] = [];
  /** The changes the words being read are in, innermost last; a move's name is found when its words are read. */
  const changes: (Revision & { moveKind?: MoveKind })[] = [];
  const ranges = { moveFrom: [] as { id: string; name: string }[], moveTo: [] as { id: string; name: string }[] };
  const lastRange = { moveFrom: '', moveTo: '' };
  /** What to do as each open element closes. */
  const open: ((() => void) | undefined)[] = [];
  let skipped = 0;
  let current: RawParagraph | null = null;
  let pending: Token[] = [];
  let pendingRegion: Region | null = null;
  let frontEnds = -1;
  let toc = 0;
  let format: FormatChange | null = null;
  let text: { deleted: boolean; words: string } | null = null;
  /** The innermost paragraph's properties, and those being read (inside its w:pPr). */
  let paragraphProps: ParagraphProps | null = null;
  let readingProps: ParagraphProps | null = null;
  /** A run's properties being read: as they are, and as they were before a reviewer's formatting. */
  let runProps: RunProps | null = null;

  /** The move a word belongs to: the innermost open range of its kind, else the last one seen, else its author and time. */
  const moveName = (kind: MoveKind, by: Mark) => ranges[kind].at(-1)?.name || lastRange[kind] || `${kind === 'moveFrom' ? 'moveTo' : 'moveFrom'}|${by.author}|${by.date}`;
  const place = (token: Token) => (current ? current.tokens.push(token) : pending.push(token));

  const addText = (words: string, deleted: boolean) => {
    if (!current || !words) return;
    const inserted = changes.some((c) => c.kind === 'insert');
    const removed = deleted || changes.some((c) => c.kind === 'delete');
    // Inserted by one reviewer and deleted by another: never in the text sent, nor in the text returned.
    if (inserted && removed) return;
    const top = changes.at(-1);
    const by: Revision | null = top ? { kind: top.kind, author: top.author, date: top.date, ...(top.moveKind ? { move: moveName(top.moveKind, top) } : {}) } : null;
    // The template prints every word in its own fonts: formatting counts only on words as sent.
    current.tokens.push({ type: 'text', status: removed ? 'delete' : inserted ? 'insert' : 'same', text: words, by, format: inserted || removed ? null : format });
  };

  const startParagraph = () => {
    const outer = current;
    const paragraph: RawParagraph = { tokens: outer ? [] : pending, mark: null, region: pendingRegion ?? partRegion ?? (toc ? 'toc' : null), nested: outer !== null };
    if (!outer) [pending, pendingRegion] = [[], null];
    current = paragraph;
    const outerProps = paragraphProps;
    const props: ParagraphProps = { marks: [], section: false, inRunProps: false };
    paragraphProps = props;
    return () => {
      paragraphProps = outerProps;
      const kinds = new Set(props.marks.map((m) => m.kind));
      const mark = props.marks[0];
      if (kinds.size > 1) paragraph.mark = 'gone';
      else if (mark) {
        const { moveKind, ...revision } = mark;
        paragraph.mark = moveKind ? { ...revision, move: lastMove(paragraph, revision.kind) ?? moveName(moveKind, revision) } : revision;
      }
      out.push(paragraph);
      current = outer;
      if (props.section && frontEnds < 0 && partRegion === null) frontEnds = out.length;
    };
  };

  const startRange = (kind: MoveKind, tag: SaxesTagNS): undefined => {
    ranges[kind].push({ id: attr(tag, 'id'), name: attr(tag, 'name') });
    lastRange[kind] = attr(tag, 'name');
    return undefined;
  };

  /** What an element of the main namespace does as it opens; what it returns is done as it closes. */
  const opened = (tag: SaxesTagNS): (() => void) | undefined => {
    const local = tag.local;
    if (runProps) {
      const props = runProps;
      if (local === 'rPrChange') {
        props.by = { author: attr(tag, 'author'), date: attr(tag, 'date') };
        props.inChange = true;
        return () => (props.inChange = false);
      }
      if (local === 'rPr' && props.inChange) props.was = new Map();
      else (props.inChange ? props.was : props.now)?.set(local, tag);
      return undefined;
    }
    if (readingProps) {
      // A paragraph's properties: its mark's revision; nothing else of them counts.
      const props = readingProps;
      if (local === 'rPr') {
        props.inRunProps = true;
        return () => (props.inRunProps = false);
      }
      if (props.inRunProps && local in CHANGE) props.marks.push({ kind: CHANGE[local]!, author: attr(tag, 'author'), date: attr(tag, 'date'), ...(local in MOVE ? { moveKind: local as MoveKind } : {}) });
      return undefined;
    }
    switch (local) {
      case 'pPr': {
        readingProps = paragraphProps;
        return () => (readingProps = null);
      }
      case 'p':
        return startParagraph();
      case 'r': {
        const outer = format;
        format = null;
        return () => (format = outer);
      }
      case 'rPr': {
        const props: RunProps = { now: new Map(), was: null, by: null, inChange: false };
        runProps = props;
        return () => {
          runProps = null;
          format = props.by && props.was ? formatChange(properties(props.now), properties(props.was), props.by) : null;
        };
      }
      case 'sdt': {
        let isToc = false;
        const check = (gallery: SaxesTagNS) => {
          if (!isToc && TOC_GALLERY.test(attr(gallery, 'val'))) [isToc, toc] = [true, toc + 1];
        };
        sdtGalleries.push(check);
        return () => {
          sdtGalleries.pop();
          if (isToc) toc--;
        };
      }
      case 'docPartGallery':
        sdtGalleries.at(-1)?.(tag);
        return undefined;
      case 'bookmarkStart': {
        const name = attr(tag, 'name');
        const region = regionOfAnchor(name);
        if (region && current) current.region = region;
        else if (region) pendingRegion = region;
        else if (isAnchor(name)) place({ type: 'anchor', name });
        return undefined;
      }
      case 'moveFromRangeStart':
        return startRange('moveFrom', tag);
      case 'moveToRangeStart':
        return startRange('moveTo', tag);
      case 'moveFromRangeEnd':
      case 'moveToRangeEnd': {
        const kind = local === 'moveFromRangeEnd' ? 'moveFrom' : 'moveTo';
        ranges[kind] = ranges[kind].filter((r) => r.id !== attr(tag, 'id'));
        return undefined;
      }
      case 'ins':
      case 'del':
      case 'moveTo':
      case 'moveFrom':
        // LibreOffice opens a move's range inside it: the name is looked up as its words are read.
        changes.push({ kind: CHANGE[local]!, author: attr(tag, 'author'), date: attr(tag, 'date'), ...(local in MOVE ? { moveKind: local as MoveKind } : {}) });
        return () => void changes.pop();
      case 't':
      case 'delText': {
        const reading = { deleted: local === 'delText', words: '' };
        text = reading;
        return () => {
          text = null;
          addText(reading.words, reading.deleted);
        };
      }
      case 'commentRangeStart':
        place({ type: 'comment', edge: 'start', id: attr(tag, 'id') });
        return undefined;
      case 'commentRangeEnd': {
        // An end between paragraphs closes on the words before it.
        const token = { type: 'comment', edge: 'end', id: attr(tag, 'id') } as const;
        if (current) current.tokens.push(token);
        else out.at(-1)?.tokens.push(token);
        return undefined;
      }
      case 'commentReference':
        place({ type: 'comment', edge: 'point', id: attr(tag, 'id') });
        return undefined;
      default:
        return undefined;
    }
  };
  const sdtGalleries: ((gallery: SaxesTagNS) => void)[] = [];

  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    if (skipped) {
      skipped++;
      return;
    }
    // Text boxes' second copy for old readers would count every word twice.
    if ((tag.uri !== W && tag.local === 'Fallback') || (tag.uri === W && SKIPPED.has(tag.local))) {
      // A paragraph that ends a section ends the masthead page, the first time.
      if (tag.local === 'sectPr' && readingProps) readingProps.section = true;
      skipped = 1;
      return;
    }
    open.push(tag.uri === W ? opened(tag) : undefined);
  });
  parser.on('closetag', () => {
    if (skipped) skipped--;
    else open.pop()?.();
  });
  parser.on('text', (words) => {
    if (text && !skipped) text.words += words;
  });
  parser.write(xml).close();
  for (const p of out.slice(0, Math.max(0, frontEnds))) if (!p.region) p.region = 'masthead';
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
