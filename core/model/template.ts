import * as z from 'zod';
import { ITEM_KINDS } from './nodes.ts';

const Fonts = z.array(z.string()).min(1);
const TextStyle = z.object({
  fonts: Fonts,
  sizePt: z.number().positive(),
  bold: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  numbering: z.string().optional(),
  firstLineIndentChars: z.number().optional(),
});

export const TemplateSection = z.object({
  key: z.string().min(1).max(100),
  heading: z.string().trim().min(1, '栏目名称不能为空。').max(40, '栏目名称太长了（最多 40 字）。'),
  accepts: z.array(z.enum(ITEM_KINDS as [string, ...string[]])).min(1, '每个栏目至少要能放一种稿件。'),
  inToc: z.enum(['items', 'heading']),
  /** Whether the heading prints: a 信息专报's one article stands under the masthead without one. */
  printHeading: z.boolean().default(true),
  /** At most this many items, as a 专报 holds one article. */
  maxItems: z.number().int().min(1).optional(),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

/**
 * A briefing series' template: its sections, masthead defaults, page rules and styles. A copy
 * travels inside every issue (store and issue file), so an issue prints the same on any machine;
 * the fields added after the first shipped template have defaults that print as it always did.
 */
export const Template = z.object({
  /** The series: a built-in style's id, or the id a clerk's series got when it was made. */
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1, '简报名称不能为空。').max(60, '简报名称太长了（最多 60 字）。'),
  /** One up on every change in 简报设置. */
  version: z.number().int().min(1).default(1),
  /** What the style is modelled on, as the canon describes its sources. */
  source: z.string().max(2000).default(''),
  sections: z.array(TemplateSection).min(1, '简报至少要有一个栏目。').max(30),
  /** Every article (and section) starts on a new page; otherwise they follow one another. */
  articleStartsNewPage: z.boolean(),
  /** A 目录 page after the masthead; without it the body follows the masthead on page 1. */
  toc: z.boolean().default(true),
  masthead: z.object({
    seriesTitle: z.string(),
    issuingUnit: z.string(),
    theme: z.string(),
    distribution: z.object({ bao: z.array(z.string()), song: z.array(z.string()), fa: z.array(z.string()) }),
    printRun: z.number().int().nullable(),
  }),
  styles: z.object({
    page: z.object({
      widthMm: z.number(),
      heightMm: z.number(),
      marginTopMm: z.number(),
      marginBottomMm: z.number(),
      marginLeftMm: z.number(),
      marginRightMm: z.number(),
      linesPerPage: z.number().int(),
      charsPerLine: z.number().int(),
    }),
    body: TextStyle,
    latin: z.object({ fonts: Fonts }),
    title: TextStyle,
    subtitle: TextStyle,
    heading1: TextStyle,
    heading2: TextStyle,
    heading3: TextStyle,
    heading4: TextStyle,
    sectionHeading: TextStyle,
    byline: TextStyle,
    caption: TextStyle,
    masthead: z.object({ titleFonts: Fonts, titleSizePt: z.number(), color: z.string().regex(/^#[0-9A-Fa-f]{6}$/u, '报头颜色要写成 #RRGGBB。') }),
    pageNumber: TextStyle,
    footer: TextStyle,
  }),
});
export type Template = z.infer<typeof Template>;
