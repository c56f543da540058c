import { attr, elements, parseXml, W, wChild } from '../docx/ooxml-dom.ts';
import type { WordBlock, WordDocument, WordNote, WordParagraph, WordPicture, WordRun } from '../cleanup/word-document.ts';
import { ListCounter, readNumbering } from './numbering.ts';
import { colourOf, readStyles, sizeOf, toggle, type StyleFacts, type WordStyles } from './word-styles.ts';
import { pictureMime } from './picture-mime.ts';

/**
 * A contributor's .docx read from its XML parts into a WordDocument: the text in reading order with
 * what its formatting says (bold, size, style, automatic number labels computed as Word shows
 * them), tables cell by cell, footnotes and endnotes, pictures with their bytes, and the running
 * heads. Deleted tracked changes, hidden text and field codes are not text; a field's result is.
 */

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const VML = 'urn:schemas-microsoft-com:vml';
const EMU_PER_PT = 12700;

export interface DocxParts {
  document: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  endnotes?: string;
  /** `word/_rels/document.xml.rels`: where each picture's bytes are. */
  relationships?: string;
  /** Header and footer parts. */
  headers: string[];
  /** A picture's bytes by its path in the package (`word/media/image1.png`), if they were unpacked. */
  media: (path: string) => Uint8Array | undefined;
}

/** Relationship ids to package paths (targets are relative to `word/`). */
function readRelationships(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const el of elements(parseXml(xml).documentElement)) {
    if (el.localName !== 'Relationship' || el.getAttribute('TargetMode') === 'External') continue;
    const target = el.getAttribute('Target') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `word/${target}`;
    // `media/../media/x.png` and the like: resolved as a zip path, never outside the package.
    const parts: string[] = [];
    for (const p of path.split('/')) {
      if (p === '..') parts.pop();
      else if (p && p !== '.') parts.push(p);
    }
    out.set(el.getAttribute('Id') ?? '', parts.join('/'));
  }
  return out;
}

interface Field {
  code: string;
  inResult: boolean;
}

interface Building {
  para: Omit<WordParagraph, 'runs'>;
  runs: WordRun[];
  facts: StyleFacts;
  /** Inside a table of contents content control. */
  toc: boolean;
}

class DocxReader {
  readonly blocks: WordBlock[] = [];
  readonly problems: string[] = [];
  private readonly styles: WordStyles;
  private readonly lists: ListCounter;
  private readonly rels: Map<string, string>;
  private readonly fields: Field[] = [];
  private tables = 0;
  private pageBreak = false;
  private current: Building | null = null;
  /** Text boxes met inside a paragraph: read after it. */
  private floating: Element[] = [];

  constructor(private readonly parts: DocxParts) {
    this.styles = readStyles(parts.styles);
    this.lists = new ListCounter(readNumbering(parts.numbering), (id) => this.styles.numberingStyleNum(id));
    this.rels = readRelationships(parts.relationships);
  }

  private inToc = (sdtToc: boolean) => sdtToc || this.fields.some((f) => /^\s*TOC\b/iu.test(f.code));
  /** Text inside a field's code is not shown; inside its result it is. */
  private hidden = () => this.fields.some((f) => !f.inResult);

  body(root: Element): void {
    this.container(root, undefined, false);
  }

  /** A body, cell, text box or content control: paragraphs and tables in order. */
  private container(el: Element, cell: WordParagraph['cell'], toc: boolean): void {
    for (const c of elements(el)) {
      if (c.namespaceURI !== W) {
        // mc:AlternateContent: the choice, never the fallback copy (it would say every word twice).
        if (c.localName !== 'Fallback') this.container(c, cell, toc);
        continue;
      }
      switch (c.localName) {
        case 'p':
          this.paragraph(c, cell, toc);
          break;
        case 'tbl':
          this.table(c, cell, toc);
          break;
        case 'sdt': {
          const gallery = c.getElementsByTagNameNS(W, 'docPartGallery').item(0);
          const isToc = /Table of Contents/iu.test(gallery ? attr(gallery, 'val') : '');
          const content = wChild(c, 'sdtContent');
          if (content) this.container(content, cell, toc || isToc);
          break;
        }
        case 'customXml':
        case 'ins':
        case 'moveTo':
          this.container(c, cell, toc);
          break;
        default:
          break;
      }
    }
  }

  private table(tbl: Element, outer: WordParagraph['cell'], toc: boolean): void {
    // A table inside a cell reads as part of that cell.
    const table = outer ? outer.table : this.tables++;
    elements(tbl)
      .filter((r) => r.localName === 'tr')
      .forEach((tr, row) => {
        const cells = elements(tr).flatMap((c) => (c.localName === 'tc' ? [c] : c.localName === 'sdt' ? elements(wChild(c, 'sdtContent') ?? c).filter((x) => x.localName === 'tc') : []));
        cells.forEach((tc, cell) => this.container(tc, outer ?? { table, row, cell }, toc));
      });
  }

  private paragraph(p: Element, cell: WordParagraph['cell'], sdtToc: boolean): void {
    const pPr = wChild(p, 'pPr');
    const styleId = attr(wChild(pPr, 'pStyle') ?? p, 'val') || undefined;
    const facts = this.styles.paragraph(styleId);
    const jc = attr(wChild(pPr, 'jc') ?? p, 'val') || facts.align;
    const outlineLvl = wChild(pPr, 'outlineLvl');
    const directOutline = outlineLvl ? Number.parseInt(attr(outlineLvl, 'val'), 10) : Number.NaN;
    const outline = Number.isFinite(directOutline) ? (directOutline >= 0 && directOutline < 9 ? directOutline + 1 : null) : (facts.outline ?? null);
    const para: Omit<WordParagraph, 'runs'> = {
      kind: 'paragraph',
      label: '',
      outlineLevel: outline,
      ...(facts.name ? { style: facts.name } : {}),
      ...(jc === 'center' || jc === 'right' || jc === 'both' || jc === 'left' ? { align: jc } : jc === 'start' ? { align: 'left' } : jc === 'end' ? { align: 'right' } : {}),
      ...(cell ? { cell } : {}),
      ...(this.pageBreak || toggle(wChild(pPr, 'pageBreakBefore')) ? { pageBreakBefore: true } : {}),
    };
    this.pageBreak = false;
    this.number(para, pPr, styleId, facts);
    this.current = { para, runs: [], facts, toc: sdtToc };
    this.inline(p, false);
    this.finish();
    // A section break in this paragraph's properties: what follows starts a page, unless the section runs on.
    const sectPr = wChild(pPr, 'sectPr');
    if (sectPr && attr(wChild(sectPr, 'type') ?? sectPr, 'val') !== 'continuous') this.pageBreak = true;
    const boxes = this.floating;
    this.floating = [];
    for (const box of boxes) this.container(box, cell, false);
  }

  /** The automatic number: the paragraph's own `w:numPr`, else its style's (with the level its style is linked to). */
  private number(para: Omit<WordParagraph, 'runs'>, pPr: Element | null, styleId: string | undefined, facts: StyleFacts): void {
    const numPr = wChild(pPr, 'numPr');
    const directNum = wChild(numPr, 'numId');
    const directLevel = wChild(numPr, 'ilvl');
    const numId = directNum ? attr(directNum, 'val') : facts.numId;
    if (!numId || numId === '0') return;
    const ilvl = directLevel
      ? Number.parseInt(attr(directLevel, 'val'), 10) || 0
      : ((numId === facts.numId ? facts.ilvl : undefined) ?? (styleId ? this.lists.levelOfStyle(numId, styleId) : undefined) ?? 0);
    const label = this.lists.next(numId, ilvl);
    if (!label) return;
    para.label = label.label;
    if (label.bullet) para.bullet = true;
  }

  /** Ends the paragraph being read (or the part of it before a picture or a page break). */
  private finish(): void {
    const b = this.current;
    if (!b) return;
    const runs = b.runs.filter((r) => r.text || r.noteRef);
    this.blocks.push({ ...b.para, runs, ...(this.inToc(b.toc) || /^(?:toc|目录)\s*\d/iu.test(b.para.style ?? '') ? { toc: true } : {}) });
    this.current = null;
  }

  /** What follows a picture or a page break in the same paragraph goes on as a paragraph without its number. */
  private split(pageBreak: boolean): void {
    const b = this.current;
    if (!b) return;
    if (b.runs.some((r) => r.text.trim() || r.noteRef) || b.para.label) this.finish();
    const { label: _label, bullet: _bullet, pageBreakBefore: _page, ...rest } = b.para;
    this.current = { ...b, para: { ...rest, label: '', ...(pageBreak ? { pageBreakBefore: true } : {}) }, runs: [] };
  }

  private inline(el: Element, deleted: boolean): void {
    for (const c of elements(el)) {
      if (c.namespaceURI !== W) {
        if (c.localName === 'Fallback') continue;
        if (c.namespaceURI === 'http://schemas.openxmlformats.org/officeDocument/2006/math') {
          this.text(c.textContent ?? '', {});
          continue;
        }
        this.inline(c, deleted);
        continue;
      }
      switch (c.localName) {
        case 'pPr':
        case 'rPr':
          break;
        case 'r':
          this.run(c, deleted);
          break;
        case 'del':
        case 'moveFrom':
          // Tracked deletions are not the text the contributor sent; their field marks still count.
          this.inline(c, true);
          break;
        // A drawing reached through mc:AlternateContent's choice (WPS writes pictures and text boxes so).
        case 'drawing':
        case 'pict':
        case 'object':
          if (!deleted && !this.hidden()) this.graphic(c);
          break;
        case 'fldSimple': {
          this.fields.push({ code: attr(c, 'instr'), inResult: true });
          this.inline(c, deleted);
          this.fields.pop();
          break;
        }
        default:
          this.inline(c, deleted);
      }
    }
  }

  private run(r: Element, deleted: boolean): void {
    const rPr = wChild(r, 'rPr');
    if (toggle(wChild(rPr, 'vanish'))) return;
    const facts = this.current?.facts;
    const charStyle = this.styles.character(attr(wChild(rPr, 'rStyle') ?? r, 'val') || undefined);
    const bold = toggle(wChild(rPr, 'b')) ?? charStyle.bold ?? facts?.bold;
    const halfPoints = sizeOf(rPr) ?? charStyle.halfPoints ?? facts?.halfPoints;
    const colour = colourOf(rPr);
    const marks: Omit<WordRun, 'text'> = { ...(bold ? { bold } : {}), ...(toggle(wChild(rPr, 'i')) ? { italic: true } : {}), ...(halfPoints ? { halfPoints } : {}), ...(colour ? { colour } : {}) };
    for (const c of elements(r)) {
      if (c.namespaceURI !== W) {
        if (c.localName === 'AlternateContent') this.inline(c, deleted);
        continue;
      }
      switch (c.localName) {
        case 'fldChar': {
          const type = attr(c, 'fldCharType');
          if (type === 'begin') this.fields.push({ code: '', inResult: false });
          else if (type === 'separate' && this.fields.length) this.fields.at(-1)!.inResult = true;
          else if (type === 'end') this.fields.pop();
          break;
        }
        case 'instrText':
          if (!deleted && this.fields.length) this.fields.at(-1)!.code += c.textContent ?? '';
          break;
        case 't':
          if (!deleted) this.text(c.textContent ?? '', marks);
          break;
        case 'tab':
        case 'ptab':
          if (!deleted) this.text('\t', marks);
          break;
        case 'br':
        case 'cr':
          if (deleted || this.hidden()) break;
          if (attr(c, 'type') === 'page') this.split(true);
          else this.text('\n', marks);
          break;
        case 'noBreakHyphen':
          if (!deleted) this.text('-', marks);
          break;
        case 'footnoteReference':
        case 'endnoteReference':
          if (!deleted && this.current) this.current.runs.push({ text: '', noteRef: `${c.localName === 'footnoteReference' ? 'footnote' : 'endnote'}-${attr(c, 'id')}` });
          break;
        case 'drawing':
        case 'pict':
        case 'object':
          if (!deleted && !this.hidden()) this.graphic(c);
          break;
        default:
          break;
      }
    }
  }

  private text(text: string, marks: Omit<WordRun, 'text'>): void {
    if (!this.current || !text || this.hidden()) return;
    const last = this.current.runs.at(-1);
    // Colour never splits a run: the cleanup cleans run by run, and a run keeps the colour its text starts in.
    if (last && !last.noteRef && last.bold === marks.bold && last.italic === marks.italic && last.halfPoints === marks.halfPoints) last.text += text;
    else this.current.runs.push({ text, ...marks });
  }

  /** A picture (DrawingML or VML), or a text box whose paragraphs are read after this one. */
  private graphic(el: Element): void {
    const boxes = el.getElementsByTagNameNS(W, 'txbxContent');
    for (let i = 0; i < boxes.length; i++) if (!ancestorNamed(boxes.item(i)!, 'Fallback', el)) this.floating.push(boxes.item(i)!);
    const found: { id: string; widthPt?: number; heightPt?: number; description?: string }[] = [];
    const blips = el.getElementsByTagNameNS(A, 'blip');
    for (let i = 0; i < blips.length; i++) {
      const blip = blips.item(i)!;
      if (ancestorNamed(blip, 'Fallback', el)) continue;
      const extent = el.getElementsByTagNameNS(WP, 'extent').item(0);
      const docPr = el.getElementsByTagNameNS(WP, 'docPr').item(0);
      const cx = Number(extent?.getAttribute('cx'));
      const cy = Number(extent?.getAttribute('cy'));
      const description = (docPr?.getAttribute('descr') || docPr?.getAttribute('title') || '').trim();
      found.push({
        id: blip.getAttributeNS(R, 'embed') || blip.getAttribute('r:embed') || '',
        ...(cx > 0 && cy > 0 ? { widthPt: cx / EMU_PER_PT, heightPt: cy / EMU_PER_PT } : {}),
        ...(description ? { description } : {}),
      });
    }
    if (!found.length) {
      const images = el.getElementsByTagNameNS(VML, 'imagedata');
      for (let i = 0; i < images.length; i++) {
        const image = images.item(i)!;
        const description = (image.getAttributeNS('urn:schemas-microsoft-com:office:office', 'title') || '').trim();
        found.push({ id: image.getAttributeNS(R, 'id') || image.getAttribute('r:id') || '', ...(description ? { description } : {}) });
      }
    }
    for (const f of found) this.picture(f);
  }

  private picture({ id, ...rest }: { id: string; widthPt?: number; heightPt?: number; description?: string }): void {
    const path = this.rels.get(id);
    const bytes = path ? this.parts.media(path) : undefined;
    const picture: WordPicture = { kind: 'picture', bytes: bytes ?? new Uint8Array(0), mime: bytes ? pictureMime(bytes) : '', ...rest };
    // The picture stands where it was: text before it is one paragraph, text after it another.
    this.split(false);
    this.blocks.push(picture);
  }

  headerText(xml: string): string[] {
    const lines: string[] = [];
    const ps = parseXml(xml).getElementsByTagNameNS(W, 'p');
    for (let i = 0; i < ps.length; i++) {
      const ts = ps.item(i)!.getElementsByTagNameNS(W, 't');
      let line = '';
      for (let t = 0; t < ts.length; t++) line += ts.item(t)!.textContent ?? '';
      if (line.trim()) lines.push(line.trim());
    }
    return lines;
  }
}

function ancestorNamed(el: Element, localName: string, stop: Element): boolean {
  for (let n = el.parentNode; n && n !== stop; n = n.parentNode) if ((n as Element).localName === localName) return true;
  return false;
}

/** Footnotes or endnotes: each note's paragraphs as text (its own reference mark and the separators left out). */
function readNotes(xml: string | undefined, kind: WordNote['kind']): WordNote[] {
  if (!xml) return [];
  const notes: WordNote[] = [];
  for (const el of elements(parseXml(xml).documentElement)) {
    if (el.localName !== kind || attr(el, 'type')) continue;
    const paragraphs: string[] = [];
    const ps = el.getElementsByTagNameNS(W, 'p');
    for (let i = 0; i < ps.length; i++) {
      let line = '';
      const walk = (n: Element) => {
        for (const c of elements(n)) {
          if (c.localName === 'delText' || c.localName === 'instrText' || c.localName === 'del') continue;
          if (c.localName === 't' && c.namespaceURI === W) line += c.textContent ?? '';
          else if (c.localName === 'tab') line += ' ';
          else walk(c);
        }
      };
      walk(ps.item(i)!);
      if (line.trim()) paragraphs.push(line.trim());
    }
    notes.push({ id: `${kind}-${attr(el, 'id')}`, kind, text: paragraphs.join('\n') });
  }
  return notes;
}

/** Reads a .docx's parts. Throws on XML that does not parse; the caller names the file. */
export function readDocx(parts: DocxParts): WordDocument {
  const reader = new DocxReader(parts);
  const root = parseXml(parts.document).documentElement;
  const body = root.getElementsByTagNameNS(W, 'body').item(0);
  if (body) reader.body(body);
  const headers = [...new Set(parts.headers.flatMap((h) => reader.headerText(h)))];
  return { blocks: reader.blocks, notes: [...readNotes(parts.footnotes, 'footnote'), ...readNotes(parts.endnotes, 'endnote')], headers, problems: reader.problems };
}
