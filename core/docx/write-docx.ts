import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeightRule,
  ImageRun,
  InternalHyperlink,
  LeaderType,
  LineRuleType,
  PageNumber,
  PageReference,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, GalleryBlock, ParaStyle, PictureBlock, PrintDocument, TextBlock, TocEntry } from '../layout/print-model.ts';
import { tocIndentPt, type Pagination } from '../layout/paginate.ts';
import { TWIPS_PER_PT, type PageGeometry } from '../layout/page-geometry.ts';
import type { PhotoBytes } from '../layout/printable-issue.ts';
import { fontTableXml, LATIN_FONT, runFonts } from './fonts.ts';
import { stylesXml, TOC_STYLE } from './styles-xml.ts';
import { docxParts, photoStandIn, zipWithFflate, type ZipParts } from './zip-docx.ts';
import { reviewProperties, type ReviewCopy } from './review-copy.ts';
import { commentOptions, hasReviewMarks, reviewedRuns, reviewMarks, revisedParagraph, type ReviewMarks } from './review-runs.ts';
import type { PrintPart } from '../review/anchors.ts';
import type { ReviewComment } from '../review/comments.ts';


const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED };
const IMAGE_TYPE: Record<string, 'png' | 'jpg' | 'gif'> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' };
const PX_PER_PT = 96 / 72;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const PAGE_NUMBER_STYLE = { fonts: ['宋体', 'SimSun'], sizePt: 14 };


interface Context {
  geometry: PageGeometry;
  photos: PhotoBytes;
  faces: Map<string, string[]>;
  /** A 送审稿's paragraph anchors: an item's paragraph by its source, any other by where it is printed. */
  anchor?: (block: TextBlock, part: PrintPart) => string | undefined;
  /** A copy with marks: its open suggestions and comments. */
  marks?: ReviewMarks;
}

function runOptions(ctx: Context, style: ParaStyle, text: string, extra: { bold?: boolean; italic?: boolean } = {}) {
  ctx.faces.set(style.fonts[0]!, style.fonts.slice(1));
  return {
    text,
    font: runFonts(style.fonts[0]!),
    size: Math.round(style.sizePt * 2),
    characterSpacing: Math.round(style.spacingPt * TWIPS_PER_PT),
    bold: style.bold || extra.bold,
    italics: extra.italic,
    color: style.color,
    language: { eastAsia: 'zh-CN', value: 'en-US' },
  };
}

function run(ctx: Context, style: ParaStyle, text: string, extra: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun(runOptions(ctx, style, text, extra));
}

function paragraphOptions(ctx: Context, style: ParaStyle, lines: number, after: number) {
  const pitch = ctx.geometry.linePitchTwips;
  return {
    alignment: ALIGN[style.align],
    spacing: { line: lines * pitch, lineRule: LineRuleType.EXACT, before: 0, after: after * pitch },
    indent: {
      firstLine: Math.round(style.firstIndentPt * TWIPS_PER_PT),
      left: Math.round(style.leftIndentPt * TWIPS_PER_PT),
      right: Math.round(style.rightIndentPt * TWIPS_PER_PT),
    },
    // Widow control would move lines the paginator does not expect; GB/T 9704 does not ask for it.
    widowControl: false,
  };
}

function textParagraph(ctx: Context, block: TextBlock, part: PrintPart, outlineLevel?: number): Paragraph {
  const children: ParagraphChild[] =
    ctx.marks && hasReviewMarks(block)
      ? reviewedRuns(block, (r) => runOptions(ctx, block.style, r.text, r), ctx.marks)
      : block.runs.map((r) => (r.text === '\t' ? new TextRun({ children: [new Tab()] }) : run(ctx, block.style, r.text, r)));
  const rule = block.rule ? { [block.rule.where]: { style: BorderStyle.SINGLE, size: block.rule.sizeEighths, color: block.rule.color, space: 1 } } : undefined;
  const options = {
    ...paragraphOptions(ctx, block.style, block.lineHeightLines, block.spaceAfterLines),
    keepNext: block.keepNext,
    keepLines: block.keepLines,
    pageBreakBefore: block.pageBreakBefore,
    ...(rule ? { border: rule } : {}),
    ...(outlineLevel !== undefined ? { outlineLevel } : {}),
    tabStops: [{ type: TabStopType.RIGHT, position: Math.floor(ctx.geometry.textWidthPt * TWIPS_PER_PT) }],
    children: bookmarked(block.bookmark, anchored(ctx.anchor?.(block, part), children)),
  };
  return ctx.marks && block.revision ? revisedParagraph(options, block.revision, ctx.marks) : new Paragraph(options);
}

/** A 送审稿's anchor is an empty bookmark at the paragraph's start: one around the text changes how LibreOffice breaks pages. */
function anchored(name: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
  return name ? [new Bookmark({ id: name, children: [] }), ...children] : children;
}

function bookmarked(name: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
  return name ? [new Bookmark({ id: name, children })] : children;
}

function image(ctx: Context, photo: string, widthPt: number, heightPt: number): ImageRun | null {
  const stored = ctx.photos(photo);
  const type = stored && IMAGE_TYPE[stored.mime];
  if (!stored || !type) return null;
  return new ImageRun({
    type,
    data: photoStandIn(photo),
    transformation: { width: Math.round(widthPt * PX_PER_PT), height: Math.round(heightPt * PX_PER_PT) },
  });
}

function pictureParagraph(ctx: Context, block: PictureBlock, style: ParaStyle): Paragraph {
  const picture = image(ctx, block.photo, block.widthPt, block.heightPt);
  return new Paragraph({
    ...paragraphOptions(ctx, { ...style, align: 'center', firstIndentPt: 0 }, block.lines, 0),
    keepNext: block.keepNext,
    keepLines: true,
    pageBreakBefore: block.pageBreakBefore,
    children: picture ? [picture] : [],
  });
}

function galleryTable(ctx: Context, block: GalleryBlock): Table {
  const pitch = ctx.geometry.linePitchTwips;
  const half = Math.floor((ctx.geometry.textWidthPt * TWIPS_PER_PT) / 2);
  const pictureLines = block.rowLines - 1;
  const cellStyle = { ...block.captionStyle, firstIndentPt: 0, leftIndentPt: 0, rightIndentPt: 0 };
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: block.rows.map(
      (cells) =>
        new TableRow({
          height: { value: block.rowLines * pitch, rule: HeightRule.EXACT },
          cantSplit: true,
          children: [0, 1].map((i) => {
            const cell = cells[i];
            const picture = cell ? image(ctx, cell.photo, cell.widthPt, cell.heightPt) : null;
            return new TableCell({
              width: { size: half, type: WidthType.DXA },
              margins: { top: 0, bottom: 0, left: 0, right: 0 },
              children: [
                new Paragraph({ ...paragraphOptions(ctx, { ...cellStyle, align: 'center' }, pictureLines, 0), children: picture ? [picture] : [] }),
                new Paragraph({ ...paragraphOptions(ctx, cellStyle, 1, 0), children: cell?.caption ? [run(ctx, cellStyle, cell.caption)] : [] }),
              ],
            });
          }),
        }),
    ),
  });
}

function blockElements(ctx: Context, blocks: Block[], bodyStyle: ParaStyle, part: PrintPart): (Paragraph | Table)[] {
  return blocks.map((b) => {
    if (b.kind === 'text') return textParagraph(ctx, b, part, b.role === 'sectionHeading' ? 0 : b.role === 'title' && b.bookmark ? 1 : undefined);
    if (b.kind === 'picture') return pictureParagraph(ctx, b, bodyStyle);
    return galleryTable(ctx, b);
  });
}

/** The 目录 as a real TOC field whose entries link to their bookmarks and carry PAGEREF page numbers. */
function tableOfContents(ctx: Context, entries: TocEntry[], style: ParaStyle): TableOfContents {
  const right = Math.floor(ctx.geometry.textWidthPt * TWIPS_PER_PT);
  return new TableOfContents('目录', {
    hyperlink: true,
    headingStyleRange: '1-2',
    useAppliedParagraphOutlineLevel: true,
    contentChildren: entries.map(
      (e) =>
        new Paragraph({
          ...paragraphOptions(ctx, { ...style, leftIndentPt: tocIndentPt(e, style), firstIndentPt: 0 }, 1, 0),
          style: TOC_STYLE,
          tabStops: [{ type: TabStopType.RIGHT, position: right, leader: LeaderType.DOT }],
          children: [
            new InternalHyperlink({ anchor: e.bookmark, children: [run(ctx, style, e.text)] }),
            new TextRun({ children: [new Tab()] }),
            new PageReference(e.bookmark, {}),
          ],
        }),
    ),
  });
}

/** `— 1 —`: odd pages at the right, even pages at the left, one character in (GB/T 9704). */
function pageNumberFooter(ctx: Context, side: 'left' | 'right'): Footer {
  ctx.faces.set(PAGE_NUMBER_STYLE.fonts[0]!, PAGE_NUMBER_STYLE.fonts.slice(1));
  const size = PAGE_NUMBER_STYLE.sizePt * 2;
  const font = runFonts(PAGE_NUMBER_STYLE.fonts[0]!);
  const oneChar = PAGE_NUMBER_STYLE.sizePt * TWIPS_PER_PT;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneChar } : { left: oneChar },
        children: [
          new TextRun({ text: '— ', font, size }),
          new TextRun({ children: [PageNumber.CURRENT], font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT }, size }),
          new TextRun({ text: ' —', font, size }),
        ],
      }),
    ],
  });
}

/**
 * Writes the DOCX: masthead and 目录 in an unnumbered first section, the body numbered from 1
 * with odd/even page numbers, the 报尾 at the foot of the last page. The 目录's page numbers come
 * from the paginator and are written as the fields' results, so they are right on opening.
 */
export async function writeDocx(
  doc: PrintDocument,
  pagination: Pagination,
  geometry: PageGeometry,
  photos: PhotoBytes,
  review?: { copy: ReviewCopy; anchor: NonNullable<Context['anchor']> },
  comments?: readonly ReviewComment[],
  zip: ZipParts = zipWithFflate,
): Promise<Uint8Array> {
  const ctx: Context = {
    geometry,
    photos,
    faces: new Map([[LATIN_FONT, []]]),
    ...(review ? { anchor: review.anchor } : {}),
    ...(comments ? { marks: reviewMarks(comments, [...doc.front, ...doc.body, ...doc.closing].filter((b): b is TextBlock => b.kind === 'text')) } : {}),
  };
  const bodyStyle = doc.tocStyle;
  const page = {
    size: { width: geometry.widthTwips, height: geometry.heightTwips },
    margin: { ...geometry.marginTwips, header: 851, footer: Math.round(geometry.marginTwips.bottom - 7 * 56.7 - 14 * TWIPS_PER_PT) },
  };
  const grid = { linePitch: geometry.linePitchTwips, type: DocumentGridType.LINES };
  const filler = pagination.closingFiller;
  const closing: (Paragraph | Table)[] = [];
  if (filler.lines > 0 || filler.pageBreakBefore)
    closing.push(
      new Paragraph({ ...paragraphOptions(ctx, bodyStyle, Math.max(1, filler.lines), 0), pageBreakBefore: filler.pageBreakBefore, children: [] }),
    );
  closing.push(...blockElements(ctx, doc.closing, bodyStyle, 'closing'));

  const bookmarks = new Map([...pagination.bookmarks].map(([name, n]) => [name, String(n)]));
  const estimator = () => ({ bookmarks, bookmarkPageNumbers: pagination.bookmarks, pageCount: pagination.totalPages });
  // The body is built first: the comments part lists the comments its paragraphs wrote.
  const front = blockElements(ctx, doc.front, bodyStyle, 'front');
  const numbered = {
    properties: { page: { ...page, pageNumbers: { start: 1 } }, grid, ...(doc.tocShown ? { type: SectionType.NEXT_PAGE } : {}) },
    footers: { default: pageNumberFooter(ctx, 'right'), even: pageNumberFooter(ctx, 'left') },
    children: [...(doc.tocShown ? [] : front), ...blockElements(ctx, doc.body, bodyStyle, 'body'), ...closing],
  };
  // With a 目录, masthead and 目录 are a section of their own and the body's pages are numbered from 1;
  // without, the body follows the masthead on numbered page 1.
  const sections = doc.tocShown ? [{ properties: { page, grid }, children: [...front, tableOfContents(ctx, doc.toc, doc.tocStyle)] }, numbered] : [numbered];
  const written = ctx.marks ? commentOptions(ctx.marks) : [];
  const document = new Document({
    ...(review ? { title: review.copy.name, customProperties: reviewProperties(review.copy) } : {}),
    ...(written.length ? { comments: { children: written } } : {}),
    evenAndOddHeaderAndFooters: true,
    pageNumbers: estimator,
    sections,
  });
  const overrides = [
    { path: 'word/fontTable.xml', data: fontTableXml(ctx.faces) },
    { path: 'word/styles.xml', data: stylesXml(geometry, bodyStyle, doc.tocStyle) },
  ];
  return zip(docxParts(document, overrides, ctx.photos));
}
