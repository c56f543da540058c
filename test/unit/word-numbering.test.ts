import { describe, expect, it } from 'vitest';
import { readDocx, type DocxParts } from '../../core/word/read-docx.ts';
import { formatListNumber } from '../../core/word/number-format.ts';
import { wordToArticle } from '../../core/cleanup/from-word.ts';
import type { WordParagraph } from '../../core/cleanup/word-document.ts';

/**
 * numbering.xml as Word and WPS write it in cases LibreOffice never writes: hand-written OOXML,
 * read by the .docx reader, each paragraph's label compared with what Word shows.
 */
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (body: string) => `<w:numbering ${NS}>${body}</w:numbering>`;
const p = (text: string, pPr = '') => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const num = (numId: string, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const style = (id: string) => `<w:pStyle w:val="${id}"/>`;

function read(body: string, parts: Partial<DocxParts> = {}) {
  return readDocx({ document: `<w:document ${NS}><w:body>${body}</w:body></w:document>`, headers: [], media: () => undefined, ...parts });
}
const labels = (body: string, parts: Partial<DocxParts> = {}) =>
  read(body, parts)
    .blocks.filter((b): b is WordParagraph => b.kind === 'paragraph')
    .map((b) => b.label + b.runs.map((r) => r.text).join(''));

describe('number formats as Word shows them', () => {
  it('Chinese counting, enclosed and full-width digits, letters and Roman numerals', () => {
    const shown = (fmt: string, ns: number[]) => ns.map((n) => formatListNumber(n, fmt));
    expect(shown('chineseCounting', [1, 10, 11, 20, 21, 100, 105])).toEqual(['一', '十', '十一', '二十', '二十一', '一百', '一百零五']);
    expect(shown('chineseCountingThousand', [9, 12, 1000])).toEqual(['九', '十二', '一千']);
    expect(shown('japaneseCounting', [3, 10, 100])).toEqual(['三', '十', '百']);
    expect(shown('chineseLegalSimplified', [1, 11])).toEqual(['壹', '壹拾壹']);
    expect(shown('ideographTraditional', [1, 4])).toEqual(['甲', '丁']);
    expect(shown('decimalEnclosedCircle', [1, 20, 21])).toEqual(['①', '⑳', '21']);
    expect(shown('decimalFullWidth', [7, 12])).toEqual(['７', '１２']);
    expect(shown('lowerLetter', [1, 26, 27])).toEqual(['a', 'z', 'aa']);
    expect(shown('upperRoman', [4, 9, 14])).toEqual(['IV', 'IX', 'XIV']);
  });
});

describe('automatic numbering from numbering.xml', () => {
  const chinese = numbering(
    `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCountingThousand', '%1、')}${level(1, 'chineseCountingThousand', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '（%4）')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      // 重新开始编号: a second instance that starts its first level again at 1.
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
      // 起始编号 5 for the second level.
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`,
  );

  it('counts each level, restarts the levels below one that is used, and goes on across instances of one list', () => {
    const body = [p('总体情况', num('1')), p('主要做法', num('1', 1)), p('加强学习', num('1', 2)), p('一是原原本本学', num('1', 3)), p('二是联系实际学', num('1', 3)), p('创新方式', num('1', 2)), p('存在问题', num('1'))].join('');
    expect(labels(body, { numbering: chinese })).toEqual(['一、总体情况', '（一）主要做法', '1.加强学习', '（1）一是原原本本学', '（2）二是联系实际学', '2.创新方式', '二、存在问题']);
  });

  it('restarts where an instance overrides the start (lvlOverride/startOverride), and numbers eleven as 十一', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => p(`第${i}段`, num('1'))).join('');
    const restarted = p('新的一部分', num('2'));
    expect(labels(eleven + restarted, { numbering: chinese }).slice(-2)).toEqual(['十一、第10段', '一、新的一部分']);
    expect(labels(p('甲', num('3', 1)) + p('乙', num('3', 1)), { numbering: chinese })).toEqual(['（五）甲', '（六）乙']);
  });

  it('numbers a paragraph through its style: numPr in a style it is based on, and a level linked to the style (pStyle)', () => {
    const styles = `<w:styles ${NS}>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="MyHead"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style>
      <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const linked = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、', '<w:pStyle w:val="1"/>')}${level(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="2"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const body = p('指导思想', style('1')) + p('主要任务', style('MyHead')) + p('重点工作', style('2')) + p('不编号的正文', style('1') + num('0'));
    expect(labels(body, { numbering: linked, styles })).toEqual(['一、指导思想', '二、主要任务', '（一）重点工作', '不编号的正文']);
  });

  it('shows legal numbering in digits (isLgl), a multi-level label, and bullets without a label', () => {
    const legal = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1章')}${level(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`,
    );
    const doc = read(p('概述', num('1')) + p('背景', num('1', 1)) + p('要点', num('2')), { numbering: legal });
    const [chapter, section, bullet] = doc.blocks as WordParagraph[];
    expect([chapter!.label, section!.label]).toEqual(['第一章', '1.1 ']);
    expect(bullet).toMatchObject({ label: '', bullet: true });
  });
});

describe('a WPS-like file made into an article', () => {
  it('takes heading levels from the numbers, leaves out the TOC field, the cover and the running head, and says so', () => {
    const toc = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、实践背景</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>${p('二、实践过程\t5')}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const cover = p('社会实践报告') + p('姓名：李四') + p('学号：2021001') + p('指导教师：王老师');
    const body =
      cover +
      `<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>目录</w:t></w:r></w:p>` +
      toc +
      `<w:p><w:pPr><w:pageBreakBefore/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="44"/></w:rPr><w:t>走进乡村看振兴</w:t></w:r></w:p>` +
      p('实践背景', num('1')) +
      p('暑假期间，我们小组来到县里的三个村庄，开展了为期一周的调研，走访农户四十余户。') +
      p('实践过程', num('1'));
    const doc = read(body, { numbering: numbering(`<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`) });
    doc.headers.push('某某大学社会实践报告');
    const a = wordToArticle(doc, () => 'a'.repeat(64));
    expect(a.title).toBe('走进乡村看振兴');
    expect(a.paragraphs.map((x) => [x.kind, x.text])).toEqual([
      ['heading1', '一、实践背景'],
      ['paragraph', '暑假期间，我们小组来到县里的三个村庄，开展了为期一周的调研，走访农户四十余户。'],
      ['heading1', '二、实践过程'],
    ]);
    expect(a.removed.filter((r) => r.rule === 'frontMatter').map((r) => r.text)).toEqual(['社会实践报告', '姓名：李四', '学号：2021001', '指导教师：王老师', '目录', '一、实践背景 3', '二、实践过程 5']);
    expect(a.warnings.map((w) => w.message)).toEqual(expect.arrayContaining(['封面和目录（7 行）不是正文，未导入，请核对', '是页眉页脚，未导入']));
  });
});
