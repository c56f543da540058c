import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import { breakLines } from '../../core/layout/line-breaker.ts';
import { cleanParagraphText } from '../../core/cleanup/clean-text.ts';
import { runFonts } from '../../core/docx/fonts.ts';
import { renderDocx } from '../helpers/render-pdf.ts';
import { flat } from '../helpers/page-match.ts';
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
/** The text width the page below sets: A4 less its margins, in twips. */
const widthPt = (11906 - 1587 - 1474) / 20;

/** Each paragraph's lines as LibreOffice prints them, set as body text (三号仿宋 on the 28-character grid). */
async function printedLines(texts: string[]): Promise<Map<number, string[]>> {
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
        children: texts.flatMap((t, i) => [para(MARK(i)), para(t)]),
      },
    ],
  });
  const pages = renderDocx(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const lines = pages.flatMap((p) => p.text.split('\n').map((l) => l.trim()).filter(Boolean));
  const printed = new Map<number, string[]>();
  let current = -1;
  for (const line of lines) {
    const mark = /^〔(\d+)〕$/u.exec(line);
    if (mark) current = Number(mark[1]);
    else if (current >= 0) printed.set(current, [...(printed.get(current) ?? []), line]);
  }
  return printed;
}

/** Lines as compared, without the marks that hang past the margin (read out of their line). */
const flatLines = (lines: string[]) => lines.map(flat).filter(Boolean);

const model = (text: string) => breakLines(text, setting, { firstWidthPt: widthPt - 32, widthPt });

describe('line breaking against LibreOffice', () => {
  it('gives each sample paragraph as many lines as LibreOffice prints', async () => {
    const printed = await printedLines(paragraphs);
    const differing = paragraphs
      .map((text, i) => ({ i, model: model(text).length, printed: printed.get(i)?.length }))
      .filter((p) => p.model !== p.printed);
    expect(paragraphs.length).toBeGreaterThan(300);
    expect(differing).toEqual([]);
  });

  it('breaks where LibreOffice does at the margin: after a hyphen in `2024-2026`, before `（2024）》，` rather than hang the comma, and with `•` and `①` a full cell', async () => {
    const han = (n: number) => '汉'.repeat(n);
    const rest = '后面还有很多文字内容继续写下去直到本段结束为止。';
    // Each is set so that its first line ends within a character of the margin.
    const texts = [
      `${han(18)}（2024-2026）》，${rest}`,
      `${han(21)}（2024）》，${rest}`,
      `${han(21)}（二〇）》，${rest}`,
      `${han(22)}ab-cd-ef，${rest}`,
      `${han(22)}2024-2026汉汉汉${rest}`,
      `汉2024${han(22)}，${rest}`,
      `${han(20)}•①※■★汉${rest}`,
    ];
    const printed = await printedLines(texts);
    // The comma that hangs past the margin is read out of its line: compare without hanging marks.
    texts.forEach((text, i) => expect(flatLines(model(text)), text).toEqual(flatLines(printed.get(i) ?? [])));
  });
  it('sets a mark in the script of the character before it, ends each run without its spacing, and rounds Latin runs to the twip', async () => {
    const han = (n: number) => '汉'.repeat(n);
    const rest = '后面还有很多文字内容继续写下去直到本段结束为止。';
    // Each construct at every length from 18 to 26 characters before it, so that some stand at the margin.
    const constructs = [
      (n: number) => `”“${han(n)}${rest}`, // a paragraph that opens with quotes: Chinese, full width
      (n: number) => `${han(n)}3.5%“汉汉”${rest}`, // “ after a number: Times New Roman, with it
      (n: number) => `${han(n)}AI• #汉${rest}`, // • after a Latin word: Times New Roman
      (n: number) => `${han(n)}！•${rest}`, // ！ does not hang when • would open the next line
      (n: number) => `PDCA${han(n - 4)}，2021年${rest}`, // the run before 2021 ends with its full width
      (n: number) => `${han(n)}[坏笑][礼物]${rest}`, // a break between brackets; each 106.56 twips counts as 107
      (n: number) => `${han(n)}6G“有了他们${rest}`, // no break between a Latin word and its quote
    ];
    const texts = constructs.flatMap((make) => Array.from({ length: 9 }, (_, k) => make(18 + k)));
    const printed = await printedLines(texts);
    texts.forEach((text, i) => expect(flatLines(model(text)), text).toEqual(flatLines(printed.get(i) ?? [])));
  });
});
