import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/word/read-docx.ts';
import { wordToArticle } from '../../core/cleanup/from-word.ts';
import { solidPng } from '../helpers/png.ts';

/**
 * Pictures as WPS writes them (hand-written OOXML): a DrawingML picture inside mc:AlternateContent
 * with a VML fallback copy, a picture of a kind a briefing cannot print, and a caption above.
 */
const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"';
const drawing = (id: string) =>
  `<w:drawing><wp:inline><wp:extent cx="1270000" cy="952500"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData><a:blip r:embed="${id}"/></a:graphicData></a:graphic></wp:inline></w:drawing>`;
const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Target="media/image1.png" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/><Relationship Id="rId6" Target="media/image2.emf" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/></Relationships>`;
const png = solidPng(40, 30, [10, 200, 10]);
const emf = new Uint8Array(64);
emf.set([0x01, 0, 0, 0], 0);
emf.set([0x20, 0x45, 0x4d, 0x46], 40);
const media = (path: string) => ({ 'word/media/image1.png': png, 'word/media/image2.emf': emf })[path];
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const t = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;

describe('pictures of a WPS file', () => {
  it('reads a picture inside mc:AlternateContent once, keeps it where it stood with its caption, and leaves a slot for an EMF', () => {
    const alternate = `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing('rId5')}</mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id="rId5"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body = [
      p(t('学员们来到基地参观学习，听讲解员介绍了基地的发展历程。')),
      p(alternate),
      p(t('学员们在基地参观')),
      p(t('图2 基地的规划图')),
      p(`<w:r>${drawing('rId6')}</w:r>`),
      p(t('参观结束后，大家围绕所见所闻展开了热烈讨论。')),
    ].join('');
    const doc = readDocx({ document: `<w:document ${NS}><w:body>${body}</w:body></w:document>`, relationships: rels, headers: [], media });
    expect(doc.blocks.filter((b) => b.kind === 'picture').map((b) => b.kind === 'picture' && [b.mime, b.widthPt])).toEqual([
      ['image/png', 100],
      ['image/emf', 100],
    ]);
    const a = wordToArticle(doc, () => 'c'.repeat(64));
    expect(a.paragraphs.map((x) => [x.kind, x.text, x.photo ?? null])).toEqual([
      ['paragraph', '学员们来到基地参观学习，听讲解员介绍了基地的发展历程。', null],
      ['figure', '学员们在基地参观', 'c'.repeat(64)],
      ['figure', '图2基地的规划图', ''],
      ['paragraph', '参观结束后，大家围绕所见所闻展开了热烈讨论。', null],
    ]);
    expect(a.paragraphs[1]).toMatchObject({ width: 40, height: 30 });
    expect(a.warnings).toContainEqual({ text: '图2 基地的规划图', message: '图片是 EMF 格式，简报无法直接使用，已留空照片位，请另存为 JPG 或 PNG 后插入' });
  });
});
