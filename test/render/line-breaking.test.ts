import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import { breakLines } from '../../core/layout/line-breaker.ts';
import { cleanParagraphText } from '../../core/cleanup/clean-text.ts';
import { runFonts } from '../../core/docx/fonts.ts';
import { renderDocx } from '../helpers/render-pdf.ts';
import { readSample, SAMPLE_FILES } from '../helpers/samples.ts';

/**
 * The line breaker, paragraph by paragraph, against LibreOffice: every paragraph of the sample
 * documents (Chinese, Latin words, numbers, quotes and all the punctuation rules) breaks into the
 * same lines.
 */
const paragraphs = Object.values(SAMPLE_FILES)
  .map(readSample)
  .join('\n')
  .split(/\n+/u)
  .map((l) => cleanParagraphText(l.replace(/^#+\s*/u, '')))
  .filter((l) => l.length > 20 && !l.includes('\uFFFD'));
const MARK = (i: number) => `〔${i}〕`;
const setting = { sizePt: 16, bold: false, spacingPt: -0.25 };
const widthPt = (156 / 25.4) * 72;

describe('line breaking against LibreOffice', () => {
  it('gives each sample paragraph as many lines as LibreOffice prints', async () => {
    const para = (text: string) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        widowControl: false,
        spacing: { line: 579, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        indent: { firstLine: 640 },
        children: [new TextRun({ text, size: 32, characterSpacing: -5, font: runFonts('仿宋_GB2312'), language: { eastAsia: 'zh-CN', value: 'en-US' } })],
      });
    const doc = new Document({
      sections: [
        {
          properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
          children: paragraphs.flatMap((t, i) => [para(MARK(i)), para(t)]),
        },
      ],
    });
    const pages = renderDocx(new Uint8Array(await Packer.toArrayBuffer(doc)));
    const lines = pages.flatMap((p) => p.text.split('\n').map((l) => l.trim()).filter(Boolean));
    const printed = new Map<number, number>();
    let current = -1;
    for (const line of lines) {
      const mark = /^〔(\d+)〕$/u.exec(line);
      if (mark) current = Number(mark[1]);
      else if (current >= 0) printed.set(current, (printed.get(current) ?? 0) + 1);
    }
    const differing = paragraphs
      .map((text, i) => ({ i, model: breakLines(text, setting, { firstWidthPt: widthPt - 32, widthPt }).length, printed: printed.get(i) }))
      .filter((p) => p.model !== p.printed);
    expect(paragraphs.length).toBeGreaterThan(300);
    expect(differing).toEqual([]);
  });
});
