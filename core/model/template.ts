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

export const Template = z.object({
  id: z.string(),
  name: z.string(),
  sections: z.array(
    z.object({
      key: z.string(),
      heading: z.string(),
      accepts: z.array(z.enum(ITEM_KINDS as [string, ...string[]])).min(1),
      inToc: z.enum(['items', 'heading']),
    }),
  ),
  articleStartsNewPage: z.boolean(),
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
    masthead: z.object({ titleFonts: Fonts, titleSizePt: z.number(), color: z.string() }),
    pageNumber: TextStyle,
    footer: TextStyle,
  }),
});
export type Template = z.infer<typeof Template>;
