import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { solidPng } from '../helpers/png.ts';
import { essayFromLibreOffice } from '../helpers/libreoffice-essay.ts';

/**
 * A contributor's report as LibreOffice saves it (typed through UNO, not written by us): automatic
 * 一、/（一）/1. headings, a footnote, a table in the middle, a picture with its caption, a bold
 * subhead and a letter's closing. `jianbao clean --json` must bring every word, in its place.
 */
let dir: ReturnType<typeof tempDir>;
let docx: string;

beforeAll(() => {
  dir = tempDir();
  const picture = join(dir.path, '合影.png');
  writeFileSync(picture, solidPng(60, 40, [180, 40, 40]));
  ({ docx } = essayFromLibreOffice(dir.path, '学员心得', '扎根基层勇担当 砥砺前行谱新篇', [
    { heading: 0, text: '提高政治站位' },
    { text: '通过这次学习，我更加深刻地认识到理论武装的重要意义。', notes: ['参见培训班第一单元讲义。'] },
    { heading: 1, text: '学深悟透理论' },
    { text: '课堂上老师讲得透彻，我们边听边记，回到宿舍还一起讨论。' },
    { heading: 2, text: '坚持原原本本学' },
    { text: '每天早上六点半，学员们就在教室里朗读原文。' },
    { table: [['时间', '内容', '地点'], ['5月6日', '专题辅导', '报告厅'], ['5月7日', '现场教学', '科创走廊']] },
    { bold: '在实践中检验' },
    { text: '调研中我们走访了三个街道，听取居民意见二十余条。' },
    { picture, caption: '学员们在科创走廊现场教学' },
    { heading: 1, text: '改进工作方法' },
    { text: '作风建设永远在路上，我们要把学习成果转化为工作实效。' },
    { heading: 0, text: '转变工作作风' },
    { text: '回到岗位后，我将带头深入一线。' },
    { plain: '此致' },
    { plain: '敬礼！' },
    { plain: '学员：张三' },
    { plain: '2024年5月1日' },
  ]));
});
afterAll(() => dir.remove());

interface Cleaned {
  title: string;
  byline: string;
  paragraphs: { kind: string; text: string; photo?: string }[];
  warnings: { text: string; message: string }[];
  removed: { text: string; rule: string }[];
}

function clean(file: string): Cleaned {
  const r = runJianbao(dir.path, ['clean', file, '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Cleaned;
}

describe('a report LibreOffice saved as .docx', () => {
  it('keeps every automatic number as Word shows it, each heading at the level its number says, the bold subhead under them', () => {
    const a = clean(docx);
    expect(a.title).toBe('扎根基层勇担当 砥砺前行谱新篇');
    const headings = a.paragraphs.filter((p) => p.kind.startsWith('heading')).map((p) => [p.kind, p.text]);
    expect(headings).toEqual([
      ['heading1', '一、提高政治站位'],
      ['heading2', '（一）学深悟透理论'],
      ['heading3', '1.坚持原原本本学'],
      ['heading4', '在实践中检验'],
      // The second （一）-level heading counts on from the first: Word shows （二）.
      ['heading2', '（二）改进工作方法'],
      ['heading1', '二、转变工作作风'],
    ]);
  });

  it('turns the table into one line a row, the cells apart, and says so', () => {
    const a = clean(docx);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['时间\u3000内容\u3000地点', '5月6日\u3000专题辅导\u3000报告厅', '5月7日\u3000现场教学\u3000科创走廊']));
    // In its place: after the paragraph before it, before the subhead after it.
    expect(texts.indexOf('时间\u3000内容\u3000地点')).toBe(texts.indexOf('每天早上六点半，学员们就在教室里朗读原文。') + 1);
    expect(a.warnings).toContainEqual({ text: '时间\u3000内容\u3000地点', message: '表格已按行转为文字（3 行），单元格之间以空格分隔，请核对' });
  });

  it('marks the footnote （注1） in the text and gives it in a 注释 block at the end, with no ↑ and no dangling [1]', () => {
    const a = clean(docx);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('通过这次学习，我更加深刻地认识到理论武装的重要意义。（注1）');
    expect(texts.slice(-2)).toEqual(['注释', '（注1）参见培训班第一单元讲义。']);
    expect(JSON.stringify(a)).not.toMatch(/↑|\[1\]/u);
    expect(a.warnings.map((w) => w.message)).toContain('脚注和尾注（1 条）已移到文末“注释”，正文中的注码改为（注1）等，请核对');
  });

  it('keeps the picture where it stood, as a photo with its caption, and lists the caption as moved', () => {
    const a = clean(docx);
    const at = a.paragraphs.findIndex((p) => p.kind === 'figure');
    expect(a.paragraphs[at]).toMatchObject({ text: '学员们在科创走廊现场教学', photo: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    expect(a.paragraphs[at - 1]!.text).toBe('调研中我们走访了三个街道，听取居民意见二十余条。');
    expect(a.removed).toContainEqual({ text: '学员们在科创走廊现场教学', rule: 'caption' });
  });

  it('keeps a letter\'s closing as written, one line each, after the heading before it', () => {
    const a = clean(docx);
    expect(a.paragraphs.map((p) => p.text).slice(-6, -2)).toEqual(['此致', '敬礼！', '学员：张三', '2024年5月1日']);
    expect(a.byline).toBe('');
  });
});
