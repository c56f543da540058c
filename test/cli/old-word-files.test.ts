import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import CFB from 'cfb';
import { tempDir } from '../helpers/tmp.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { solidPng } from '../helpers/png.ts';
import { word97WithLibreOffice, type Word97Block } from '../helpers/make-word97.ts';
import { fastSaved } from '../helpers/fast-save-doc.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';
import { readDoc } from '../../electron/node/service/word97/read-doc.ts';
import type { WordDocument, WordParagraph } from '../../core/cleanup/word-document.ts';

/**
 * Old Word files as contributors send them: a .doc (and the same file named .wps) that LibreOffice
 * saved from an essay typed into it, and that file as Word's fast save leaves it, its text in pieces
 * stored out of order. The reader must give back every word with its structure: the automatic
 * numbers 一、（一）1.（1）, a bold phrase, a table, a footnote, a hyperlink's words, a picture, a
 * letter's closing.
 */
const PHOTO = solidPng(40, 30, [200, 30, 30]);
const FLOATING = solidPng(30, 20, [30, 30, 200]);
const ESSAY = (photo: string, floating: string): Word97Block[] => [
  { header: '第三期培训班学员心得' },
  { runs: [{ text: '学习体会' }] },
  { heading: 1, text: '主要工作' },
  { runs: [{ text: '今年以来，我们' }, { text: '坚持学习', bold: true }, { text: '，取得了成效。' }], footnote: '见学校2024年通知。' },
  { heading: 2, text: '理论学习' },
  { runs: [{ text: '详见学习强国网站的专题。' }], link: ['学习强国', 'https://www.xuexi.cn/'], endnote: '专题网址见文末。' },
  {
    table: [
      ['姓名', '单位', '体会'],
      ['张三', '一班', '收获很大'],
      ['李四', '二班', '深受教育'],
    ],
  },
  { heading: 3, text: '读原著' },
  { heading: 4, text: '第一次讨论' },
  { heading: 4, text: '第二次讨论' },
  { heading: 2, text: '实践锻炼' },
  { heading: 1, text: '下步打算' },
  { picture: photo, width: 60, caption: '图为学员参观现场。' },
  { picture: floating, width: 40, caption: '图为学员分组讨论。', float: true },
  { runs: [{ text: '此致' }] },
  { runs: [{ text: '敬礼！' }] },
  { runs: [{ text: '学员：张三' }] },
  { runs: [{ text: '2024年5月1日' }] },
];

let dir: ReturnType<typeof tempDir>;
let doc: Uint8Array;
beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir.path, 'photo.png'), PHOTO);
  writeFileSync(join(dir.path, 'floating.png'), FLOATING);
  doc = word97WithLibreOffice(ESSAY(join(dir.path, 'photo.png'), join(dir.path, 'floating.png')));
});
afterAll(() => dir.remove());

/** The file with its WordDocument and table streams changed by `change`, as damage or forgery would. */
function patched(file: Uint8Array, change: (word: Buffer, table: Buffer) => void): Buffer {
  const container = CFB.read(Buffer.from(file), { type: 'buffer' });
  const wordEntry = CFB.find(container, 'WordDocument')!;
  const tableEntry = CFB.find(container, '1Table')!;
  const word = Buffer.from(wordEntry.content as Uint8Array);
  const table = Buffer.from(tableEntry.content as Uint8Array);
  change(word, table);
  wordEntry.content = word;
  tableEntry.content = table;
  return CFB.write(container, { type: 'buffer' }) as Buffer;
}

const paragraphs = (d: WordDocument) => d.blocks.filter((b): b is WordParagraph => b.kind === 'paragraph');
const textOf = (p: WordParagraph) => p.runs.map((r) => r.text).join('');

function expectTheEssay(d: WordDocument) {
  const paras = paragraphs(d);
  expect(paras.filter((p) => p.label).map((p) => [p.label + textOf(p), p.outlineLevel])).toEqual([
    ['一、主要工作', 1],
    ['（一）理论学习', 2],
    ['1.读原著', 3],
    ['（1）第一次讨论', 4],
    ['（2）第二次讨论', 4],
    ['（二）实践锻炼', 2],
    ['二、下步打算', 1],
  ]);
  const bold = paras.find((p) => textOf(p).startsWith('今年以来'))!;
  expect(bold.runs.map(({ text, bold: b, noteRef }) => ({ text, bold: Boolean(b), noteRef }))).toEqual([
    { text: '今年以来，我们', bold: false, noteRef: undefined },
    { text: '坚持学习', bold: true, noteRef: undefined },
    { text: '，取得了成效。', bold: false, noteRef: undefined },
    { text: '1', bold: false, noteRef: 'f1' },
  ]);
  expect(d.notes).toEqual([
    { id: 'f1', kind: 'footnote', text: '见学校2024年通知。' },
    { id: 'e1', kind: 'endnote', text: '专题网址见文末。' },
  ]);
  const link = paras.find((p) => textOf(p).startsWith('详见'))!;
  expect(link.runs.map((r) => [r.text, r.noteRef])).toEqual([
    ['详见学习强国网站的专题。', undefined], // the link's words, not its field code
    ['i', 'e1'],
  ]);
  expect(d.headers).toEqual(['第三期培训班学员心得']);
  const rows = new Map<string, string[]>();
  for (const p of paras.filter((q) => q.cell)) rows.set(`${p.cell!.table}/${p.cell!.row}`, [...(rows.get(`${p.cell!.table}/${p.cell!.row}`) ?? []), textOf(p)]);
  expect([...rows]).toEqual([
    ['0/0', ['姓名', '单位', '体会']],
    ['0/1', ['张三', '一班', '收获很大']],
    ['0/2', ['李四', '二班', '深受教育']],
  ]);
  // Each picture where it stood, with its bytes as they were inserted, its caption after it: one inline, one floating.
  const pictures = d.blocks.flatMap((b, i) => (b.kind === 'picture' ? [{ b, i }] : []));
  expect(pictures.map(({ b }) => b.kind === 'picture' && [b.mime, b.widthPt, Buffer.from(b.bytes).equals(PHOTO), Buffer.from(b.bytes).equals(FLOATING)])).toEqual([
    ['image/png', 170, true, false],
    ['image/png', 113, false, true],
  ]);
  const textAfter = (at: number) => d.blocks.slice(at + 1).flatMap((b) => (b.kind === 'paragraph' && textOf(b) ? [textOf(b)] : []));
  expect(textAfter(pictures[0]!.i)[0]).toBe('图为学员参观现场。');
  expect(textAfter(pictures[1]!.i)).toEqual(['图为学员分组讨论。', '此致', '敬礼！', '学员：张三', '2024年5月1日']);
  expect(d.problems).toEqual([]);
}

describe('old Word (.doc) and WPS (.wps) files', () => {
  it('a .doc LibreOffice saved: numbers, outline levels, bold, table rows, the footnote, the link, the pictures and the closing come back', () => {
    expectTheEssay(readDoc('学习体会.doc', doc));
  });

  it('the same file fast-saved, its text in Unicode and 8-bit pieces stored out of order, some formatted by their piece, reads the same, as LibreOffice reads it too', () => {
    // 此致 set bold by a Prm0 (isprm 0x55, sprmCFBold), 敬礼！ italic by a property list of the CLX (sprmCFItalic).
    const fast = fastSaved(doc, 7, [
      { text: '此致', prm0: [0x55, 1] },
      { text: '敬礼！', grpprl: [0x36, 0x08, 1] },
    ]);
    const word = CFB.find(CFB.read(Buffer.from(fast), { type: 'buffer' }), 'WordDocument')!.content as Uint8Array;
    expect(word[0x0a]! & 0x04).toBe(0x04); // fComplex
    const read = readDoc('快速保存.doc', fast);
    expectTheEssay(read);
    const closing = paragraphs(read).filter((p) => ['此致', '敬礼！'].includes(textOf(p)));
    expect(closing.map((p) => p.runs.map(({ text, bold, italic }) => ({ text, bold, italic })))).toEqual([[{ text: '此致', bold: true, italic: undefined }], [{ text: '敬礼！', bold: undefined, italic: true }]]);
    // The fast save is one LibreOffice reads as it reads the file it came from: the writer follows the format.
    writeFileSync(join(dir.path, '原稿.doc'), doc);
    writeFileSync(join(dir.path, '快速保存.doc'), fast);
    const asText = (file: string) => readFileSync(convertWithLibreOffice(join(dir.path, file), 'txt:Text', dir.path), 'utf8');
    expect(asText('快速保存.doc')).toBe(asText('原稿.doc'));
  });

  it('jianbao clean: the numbered headings, the paragraphs, the table rows, the notes, the photos and the closing; the same as .wps', () => {
    writeFileSync(join(dir.path, '学习体会.doc'), fastSaved(doc));
    writeFileSync(join(dir.path, '学习体会.wps'), doc);
    for (const file of ['学习体会.doc', '学习体会.wps']) {
      const r = runJianbao(dir.path, ['clean', file, '--json']);
      expect(r.code, r.err).toBe(0);
      const a = JSON.parse(r.out) as { title: string; paragraphs: { kind: string; text: string; photo?: string }[]; warnings: { text: string; message: string }[] };
      expect(a.title).toBe('学习体会');
      expect(a.paragraphs.filter((p) => p.kind.startsWith('heading')).map((p) => `${p.kind} ${p.text}`)).toEqual([
        'heading1 一、主要工作',
        'heading2 （一）理论学习',
        'heading3 1.读原著',
        'heading4 （1）第一次讨论',
        'heading4 （2）第二次讨论',
        'heading2 （二）实践锻炼',
        'heading1 二、下步打算',
      ]);
      // Through the one conversion a .docx takes too: note marks as （注N） with the notes at the end, a
      // table row a line, the pictures as photos with their captions, the closing a line each.
      expect(a.paragraphs.map((p) => p.text)).toEqual(
        expect.arrayContaining(['今年以来，我们坚持学习，取得了成效。（注1）', '详见学习强国网站的专题。（注2）', '张三　一班　收获很大', '此致', '敬礼！', '学员：张三', '注释', '（注1）见学校2024年通知。']),
      );
      expect(a.paragraphs.filter((p) => p.kind === 'figure').map((p) => [p.text, /^[0-9a-f]{64}$/u.test(p.photo ?? '')])).toEqual([
        ['图为学员参观现场。', true],
        ['图为学员分组讨论。', true],
      ]);
      expect(a.paragraphs.map((p) => p.text).join('')).not.toContain('培训班学员心得'); // the running head is not the article
      expect(a.warnings).toContainEqual({ text: '第三期培训班学员心得', message: '是页眉页脚，未导入' });
      expect(a.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([expect.stringContaining('表格已按行转为文字（3 行）'), expect.stringContaining('脚注和尾注（2 条）已移到文末“注释”')]));
    }
  });

  it("a table of contents: its lines are marked as the 目录's, apart from the headings it lists", () => {
    const d = readDoc('有目录.doc', word97WithLibreOffice([{ toc: true }, { heading: 1, text: '主要工作' }, { heading: 2, text: '理论学习' }, { heading: 1, text: '下步打算' }]));
    const paras = paragraphs(d).filter((p) => textOf(p).trim());
    expect(paras.filter((p) => p.toc).map((p) => textOf(p).replace(/\s+/gu, ' '))).toEqual(['一、 主要工作 1', '（一） 理论学习 1', '二、 下步打算 1']);
    expect(paras.filter((p) => !p.toc && p.label).map((p) => p.label + textOf(p))).toEqual(['一、主要工作', '（一）理论学习', '二、下步打算']);
  });

  it('numbering started again (重新开始编号) counts from 一 again, as LibreOffice itself numbers the file', () => {
    const restarted = word97WithLibreOffice([
      { heading: 1, text: '学习' },
      { heading: 2, text: '读书' },
      { heading: 1, text: '实践' },
      { heading: 1, text: '第二部分', restart: true },
      { heading: 2, text: '调研' },
      { heading: 2, text: '座谈' },
    ]);
    const labelled = paragraphs(readDoc('重新编号.doc', restarted)).map((p) => p.label + textOf(p));
    expect(labelled).toEqual(['一、学习', '（一）读书', '二、实践', '一、第二部分', '（一）调研', '（二）座谈']);
    writeFileSync(join(dir.path, '重新编号.doc'), restarted);
    const printed = readFileSync(convertWithLibreOffice(join(dir.path, '重新编号.doc'), 'txt:Text', dir.path), 'utf8');
    expect(printed.replace(/^\uFEFF/u, '').split('\n').map((l) => l.replace(/\s+/gu, '')).filter(Boolean)).toEqual(labelled);
  });

  it('a file whose own count of characters is more than its pieces hold: what there is, and a warning with both numbers', () => {
    const ccpText = Buffer.from(CFB.find(CFB.read(Buffer.from(doc), { type: 'buffer' }), 'WordDocument')!.content as Uint8Array).readInt32LE(0x4c);
    let total = 0;
    const claiming = patched(doc, (word) => {
      total = ccpText + word.readInt32LE(0x50) + word.readInt32LE(0x54) + word.readInt32LE(0x60) + 1; // the main text, the notes, the heads and the closing paragraph mark
      word.writeInt32LE(ccpText + total, 0x4c);
    });
    writeFileSync(join(dir.path, '缺字.doc'), claiming);
    const r = runJianbao(dir.path, ['clean', '缺字.doc', '--json']);
    expect(r.code, r.err).toBe(0);
    const a = JSON.parse(r.out) as { paragraphs: { text: string }[]; warnings: { text: string; message: string }[] };
    expect(a.paragraphs.map((p) => p.text)).toContain('详见学习强国网站的专题。（注2）');
    // A problem of the whole file, not of a place in its text.
    expect(a.warnings).toContainEqual({ text: '', message: `只读出了 ${total} 个字符，文件记录的是 ${ccpText + total} 个，可能有文字未能读出，请对照原稿核对` });
  });

  it('a damaged or cut-off file gets a message naming it, never a crash; damaged formatting costs the formatting, not the text', () => {
    const fast = fastSaved(doc, 7);
    writeFileSync(join(dir.path, '半个.doc'), fast.subarray(0, Math.floor(fast.length / 2)));
    expect(runJianbao(dir.path, ['clean', '半个.doc'])).toMatchObject({ code: 1, err: expect.stringContaining('“半个.doc”无法读取，文件已损坏或不完整') });
    // A piece table pointing far outside the file: refused, not followed.
    const forged = patched(fast, (word, table) => table.writeUInt32LE(0x7fffffff, word.readUInt32LE(0x9a + 33 * 8) + 5 + 4)); // the first piece ends two thousand million characters on
    writeFileSync(join(dir.path, '伪造.doc'), forged);
    expect(runJianbao(dir.path, ['clean', '伪造.doc'])).toMatchObject({ code: 1, err: expect.stringContaining('“伪造.doc”无法读取，文件已损坏或不完整') });
    // Paragraph formatting pointing outside the file: the text still comes, and the loss is said.
    const unformatted = readDoc('格式损坏.doc', patched(fast, (word) => word.writeUInt32LE(0x7fffff00, 0x9a + 13 * 8)));
    expect(paragraphs(unformatted).map(textOf)).toEqual(expect.arrayContaining(['主要工作', '详见学习强国网站的专题。i', '此致']));
    expect(unformatted.problems).toContain('文件中的段落格式（含表格、编号）已损坏，未能读出，文字已导入，请对照原稿核对');
  });
});
