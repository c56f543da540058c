import { describe, expect, it } from 'vitest';
import { readReview } from '../../core/review/read-review.ts';

/** The revisions and comments Word writes that LibreOffice does not, read from hand-written WordprocessingML. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const r = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const del = (text: string) => `<w:r><w:delText>${text}</w:delText></w:r>`;
const mark = (author: string) => `w:id="9" w:author="${author}" w:date="2026-11-24T10:00:00Z"`;

describe('reading a reviewed DOCX', () => {
  it('takes a deletion beside an insertion by one reviewer as one replacement, with its place in the sent text', () => {
    const read = readReview({ document: doc(`<w:p><w:bookmarkStart w:id="1" w:name="jbr0123456789abcdef01234567_3"/><w:bookmarkEnd w:id="1"/>${r('要把')}<w:del ${mark('王主任')}>${del('所学所悟')}</w:del><w:ins ${mark('王主任')}>${r('所学所思')}</w:ins>${r('转化为成效。')}</w:p>`) });
    expect(read.paragraphs).toEqual([
      {
        anchors: ['jbr0123456789abcdef01234567_3'],
        before: '要把所学所悟转化为成效。',
        after: '要把所学所思转化为成效。',
        changes: [{ kind: 'replace', before: '所学所悟', after: '所学所思', at: 2, author: '王主任', date: '2026-11-24T10:00:00Z' }],
        comments: [],
      },
    ]);
  });

  it('leaves out words one reviewer inserted and another deleted: they were never sent', () => {
    const read = readReview({ document: doc(`<w:p>${r('甲乙')}<w:ins ${mark('王主任')}><w:del ${mark('李书记')}>${del('丙丁')}</w:del></w:ins>${r('戊')}</w:p>`) });
    expect(read.paragraphs[0]).toMatchObject({ before: '甲乙戊', after: '甲乙戊', changes: [] });
  });

  it('reads moves, links, content controls and a text box once (not its fallback copy)', () => {
    const read = readReview({
      document: doc(
        `<w:p><w:moveFrom ${mark('王主任')}>${del('前句。')}</w:moveFrom><w:hyperlink w:anchor="x">${r('链接')}</w:hyperlink><w:sdt><w:sdtContent>${r('控件')}</w:sdtContent></w:sdt>` +
          `<w:moveTo ${mark('王主任')}>${r('前句。')}</w:moveTo><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p>${r('框内')}</w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p>${r('框内')}</w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      ),
    });
    expect(read.paragraphs.map((p) => p.after)).toEqual(['框内', '链接控件前句。']);
    expect(read.paragraphs[1]!.changes.map((c) => c.kind)).toEqual(['delete', 'insert']);
  });

  it('quotes a comment from the paragraph it starts in, and lists one whose place is gone', () => {
    const comments = `<?xml version="1.0"?><w:comments ${W}><w:comment w:id="0" w:author="李书记" w:date="2026-11-24T09:30:00Z"><w:p>${r('请核实。')}</w:p></w:comment><w:comment w:id="1" w:author="李书记" w:date=""><w:p>${r('整体再精简。')}</w:p></w:comment></w:comments>`;
    const read = readReview({ document: doc(`<w:p>${r('第一段')}<w:commentRangeStart w:id="0"/>${r('末尾')}</w:p><w:p>${r('第二段')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`), comments });
    expect(read.paragraphs[0]!.comments).toEqual([{ id: '0', author: '李书记', date: '2026-11-24T09:30:00Z', text: '请核实。', quote: '末尾', at: 3 }]);
    expect(read.loose).toEqual([expect.objectContaining({ id: '1', text: '整体再精简。' })]);
  });

  it('refuses XML with a document type declaration (entity tricks)', () => {
    expect(() => readReview({ document: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:document ${W}/>` })).toThrow();
  });
});

describe('placing a returned mark on the issue', () => {
  const article = (paragraphs: string[]) => ({
    type: 'doc',
    content: [
      {
        type: 'section',
        attrs: { id: 's1', heading: '【学习交流】' },
        content: [
          {
            type: 'article',
            attrs: { id: '0123456789ab-cdef-0123-4567-89abcdef0000' },
            content: [{ type: 'articleTitle', content: [{ type: 'text', text: '标题' }] }, ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))],
          },
        ],
      },
    ],
  });

  it('follows the words, not a stale anchor, when the clerk added a paragraph after sending', async () => {
    const { anchorName } = await import('../../core/review/anchors.ts');
    const { placeReview } = await import('../../core/review/place-review.ts');
    // Sent: 标题, 甲段 (child 1), 乙段 (child 2). The reviewer inserted words into 乙段.
    const anchor = anchorName('0123456789ab-cdef-0123-4567-89abcdef0000', [2]);
    const read = readReview({ document: doc(`<w:p><w:bookmarkStart w:id="1" w:name="${anchor}"/>${r('乙段讲成效和经验。')}<w:ins ${mark('王主任')}>${r('再补一句。')}</w:ins></w:p>`) });
    // Since then the clerk put a new paragraph before it: child 2 is now the new one.
    const placed = placeReview(read, article(['甲段讲做法。', '新加的一段。', '乙段讲成效和经验。']));
    expect(placed.changes).toEqual([expect.objectContaining({ paragraph: 3, kind: 'insert', after: '再补一句。', offset: 9, by: 'text' })]);
    // And where neither the anchor's paragraph nor any other has the words, the mark is listed.
    expect(placeReview(read, article(['甲段讲做法。', '全部改写了。'])).unplaced).toEqual([expect.objectContaining({ kind: 'insert', text: '再补一句。' })]);
  });
});
