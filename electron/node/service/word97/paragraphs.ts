import type { WordBlock, WordParagraph, WordPicture } from '../../../../core/cleanup/word-document.ts';
import type { Bytes } from './bytes.ts';
import type { Drawings } from './drawings.ts';
import { Fields } from './fields.ts';
import { runAt, runsIn, type FkpRun } from './fkp.ts';
import type { Numbering } from './lists.ts';
import type { PieceTable } from './pieces.ts';
import { readPicture, type PictureData } from './pictures.ts';
import { applyCharSprms, applyParaSprms, type CharProps, type ParaProps } from './properties.ts';
import { formattedRuns, type Pending } from './runs.ts';
import type { Styles } from './styles.ts';
import { TableCursor } from './tables.ts';

/** What the reader noticed while reading, counted, for the clerk's messages. */
export interface Noticed {
  /** Pictures kept out, by kind (WMF, EMF, 嵌入对象, 无法读取). */
  pictures: Map<string, number>;
  /** Floating shapes that are no picture (text boxes, drawn shapes), which are not read. */
  drawings: number;
  /** Characters deleted under 修订 and not yet accepted, left out. */
  deleted: number;
  /** Symbols of a symbol font (Wingdings, Symbol) with no Unicode character, left out. */
  symbols: number;
}

export interface DocParts {
  pieces: PieceTable;
  papx: FkpRun[];
  chpx: FkpRun[];
  styles: Styles;
  numbering: Numbering;
  data: Bytes | null;
  drawings: Drawings;
  /** Note reference marks in the main text, by character position. */
  noteRefs: Map<number, { id: string; mark: string }>;
  noticed: Noticed;
}

interface Segment {
  cpStart: number;
  cpEnd: number;
  props: CharProps;
}

/** Character formatting of CP `start`…`end`, as segments in reading order, with each piece's own formatting over its runs'. */
function charSegments(parts: DocParts, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  const parsed = new Map<FkpRun, CharProps>();
  for (const piece of parts.pieces.piecesIn(start, end)) {
    const from = Math.max(start, piece.cpStart);
    const to = Math.min(end, piece.cpEnd);
    if (from >= to) continue;
    const size = piece.compressed ? 1 : 2;
    const fcFrom = piece.fc + (from - piece.cpStart) * size;
    const fcTo = piece.fc + (to - piece.cpStart) * size;
    const extra = parts.pieces.propertiesOf(piece);
    for (const run of runsIn(parts.chpx, fcFrom, fcTo)) {
      let props = parsed.get(run);
      if (!props) parsed.set(run, (props = applyCharSprms(run.grpprl)));
      if (extra) props = applyCharSprms(extra, { ...props });
      const cpStart = from + Math.ceil((Math.max(run.fcStart, fcFrom) - fcFrom) / size);
      const cpEnd = from + Math.ceil((Math.min(run.fcEnd, fcTo) - fcFrom) / size);
      if (cpEnd > cpStart) segments.push({ cpStart, cpEnd, props });
    }
  }
  return segments;
}

const ALIGN: Record<number, WordParagraph['align']> = { 0: 'left', 1: 'center', 2: 'right', 3: 'both', 4: 'both' };
/** Built-in style identifiers (sti): heading 1–9 and toc 1–9. */
const isHeadingSti = (sti: number) => sti >= 1 && sti <= 9;
const isTocSti = (sti: number) => sti >= 19 && sti <= 27;
/** ilfo values that name a list: 0 is none, 0xF801 and up mean "no list" overriding a style's. */
const isListIlfo = (ilfo: number | undefined): ilfo is number => ilfo !== undefined && ilfo > 0 && ilfo < 0xf801;

/**
 * The paragraphs and pictures of one story (the main text, a note, the running heads): text split at
 * paragraph and cell marks, fields reduced to what they show, runs formatted, each paragraph with its
 * style, list label, outline level and table cell.
 */
export function readStory(parts: DocParts, start: number, end: number, story: 'main' | 'note' | 'header'): WordBlock[] {
  const { pieces, styles, noticed } = parts;
  const text = pieces.text;
  const segments = charSegments(parts, start, Math.min(end, text.length));
  const fields = new Fields();
  const blocks: WordBlock[] = [];
  let seg = 0;
  let current: Pending[] = [];
  let shown = false;
  let toc = false;
  let before: WordPicture[] = [];
  let after: WordPicture[] = [];
  let breakBefore = false;
  const tables = new TableCursor();

  const add = (char: string, props: CharProps, noteRef?: string) => {
    const last = current.at(-1);
    if (last && last.props === props && !last.noteRef && !noteRef) last.text += char;
    else current.push({ text: char, props, ...(noteRef ? { noteRef } : {}) });
    if (char.trim()) shown = true;
  };

  const paraProps = (markCp: number): { props: ParaProps; istd: number } => {
    const fc = pieces.fcOf(markCp);
    const run = fc === null ? null : runAt(parts.papx, fc);
    const istd = run?.istd ?? 0;
    const props = applyParaSprms(run?.grpprl ?? new Uint8Array(), { ...styles.para(istd) });
    const piece = pieces.pieceAt(markCp);
    const extra = piece && pieces.propertiesOf(piece);
    if (extra) applyParaSprms(extra, props);
    return { props, istd };
  };

  const finish = (markCp: number, mark: number) => {
    const { props, istd } = paraProps(markCp);
    const style = styles.at(istd);
    // Only the main text's tables are told apart; a table in a note or a running head reads as paragraphs.
    const { cell: where, rowEnd } = story === 'main' ? tables.place(props, mark) : { cell: undefined, rowEnd: false };
    if (!rowEnd) {
      const list = isListIlfo(props.ilfo) ? parts.numbering.next(props.ilfo, props.ilvl ?? 0) : null;
      const level = props.outLvl !== undefined && props.outLvl < 9 ? props.outLvl + 1 : props.outLvl === undefined && style && isHeadingSti(style.sti) ? style.sti : null;
      const align = ALIGN[props.jc ?? props.jc80 ?? -1];
      const paragraph: WordParagraph = {
        kind: 'paragraph',
        runs: formattedRuns(current, styles, istd),
        label: list?.label ?? '',
        outlineLevel: level,
        ...(list?.bullet ? { bullet: true } : {}),
        ...(style?.name ? { style: style.name.split(',')[0]!.trim() } : {}),
        ...(align ? { align } : {}),
        ...(where ? { cell: where } : {}),
        ...(toc || (style && isTocSti(style.sti)) ? { toc: true } : {}),
        ...(breakBefore || props.pageBreakBefore ? { pageBreakBefore: true } : {}),
      };
      blocks.push(...before, paragraph, ...after);
      breakBefore = false;
    } else blocks.push(...before, ...after);
    current = [];
    shown = false;
    toc = false;
    before = [];
    after = [];
  };

  const picture = (found: PictureData | null) => {
    if (found && 'bytes' in found) {
      const pic: WordPicture = { kind: 'picture', bytes: found.bytes, mime: found.mime, ...(found.widthPt ? { widthPt: found.widthPt } : {}), ...(found.heightPt ? { heightPt: found.heightPt } : {}) };
      (shown ? after : before).push(pic);
      return;
    }
    const kind = found?.unsupported ?? '无法读取';
    noticed.pictures.set(kind, (noticed.pictures.get(kind) ?? 0) + 1);
  };

  for (let cp = start; cp < end && cp < text.length; cp++) {
    while (seg < segments.length && segments[seg]!.cpEnd <= cp) seg++;
    const s = segments[seg];
    const props = s && s.cpStart <= cp ? s.props : NO_PROPS;
    const char = text[cp]!;
    const code = char.charCodeAt(0);
    if (code === 0x0d || code === 0x07) {
      finish(cp, code);
      continue;
    }
    const part = fields.take(code, char);
    if (part !== 'shown') continue;
    if (props.deleted) {
      noticed.deleted++;
      continue;
    }
    if (fields.inToc) toc = true;
    const ref = story === 'main' ? parts.noteRefs.get(cp) : undefined;
    if (ref) {
      add(code === 0x02 ? ref.mark : char, props, ref.id);
      continue;
    }
    if (code === 0x28 && props.spec && props.symbol !== undefined) {
      // A symbol inserted from a font (Insert ▸ Symbol): its character, where it is one of Unicode's; a symbol font's private one is not text.
      if (props.symbol < 0xf000) add(String.fromCharCode(props.symbol), props);
      else noticed.symbols++;
      continue;
    }
    if (code >= 0x20) {
      add(char, props);
      continue;
    }
    switch (code) {
      case 0x01:
        if (props.spec) picture(props.data || props.ole2 ? { unsupported: '嵌入对象' } : props.picLocation === undefined ? null : readPicture(parts.data, props.picLocation));
        break;
      case 0x08:
        if (props.spec && story === 'main') {
          const found = parts.drawings.at(cp);
          if (found) picture(found);
          else noticed.drawings++;
        }
        break;
      case 0x09:
        add('\t', props);
        break;
      case 0x0b:
      case 0x0e:
        add('\n', props);
        break;
      case 0x0c:
        // A page or section break: the paragraph before it ends there, the next starts a page.
        if (current.length || before.length) finish(cp, code);
        breakBefore = true;
        break;
      case 0x1e:
        add('\u2011', props);
        break;
      // 0x02 a note's own mark, 0x03/0x04 note separators, 0x05 a comment mark, 0x1f an optional hyphen: not text.
    }
  }
  if (current.some((p) => p.text.trim()) || before.length || after.length) finish(Math.min(end, text.length) - 1, 0x0d);
  return blocks;
}

const NO_PROPS: CharProps = {};
