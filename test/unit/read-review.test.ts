import { describe, expect, it } from 'vitest';
import { readReview } from '../../core/review/read-review.ts';
import { anchorName } from '../../core/review/anchors.ts';
import { placeReview } from '../../core/review/place-review.ts';
import { docNode } from '../../core/schema/doc-node.ts';

/** The revisions and comments Word writes that LibreOffice does not, read from hand-written WordprocessingML. */
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;
const r = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const plain = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const del = (text: string) => `<w:r><w:delText>${text}</w:delText></w:r>`;
const mark = (author: string, id = 9) => `w:id="${id}" w:author="${author}" w:date="2026-11-24T10:00:00Z"`;
const p = (body: string, markRevision = '') => `<w:p>${markRevision ? `<w:pPr><w:rPr>${markRevision}</w:rPr></w:pPr>` : ''}${body}</w:p>`;
const anchor = (path: number) => `<w:bookmarkStart w:id="${path}" w:name="${anchorName('0123456789ab-cdef-0123-4567-89abcdef0000', [path])}"/><w:bookmarkEnd w:id="${path}"/>`;
const changes = (xml: string) => readReview({ document: doc(xml) }).paragraphs.map((x) => x.changes.map(({ kind, before, after, at, move }) => ({ kind, before, after, at, ...(move ? { move } : {}) })));

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
        region: null,
      },
    ]);
  });

  it('leaves out words one reviewer inserted and another deleted: they were never sent', () => {
    const read = readReview({ document: doc(`<w:p>${r('甲乙')}<w:ins ${mark('王主任')}><w:del ${mark('李书记')}>${del('丙丁')}</w:del></w:ins>${r('戊')}</w:p>`) });
    expect(read.paragraphs[0]).toMatchObject({ before: '甲乙戊', after: '甲乙戊', changes: [] });
  });

  it('reads links, content controls and a text box once (not its fallback copy)', () => {
    const read = readReview({
      document: doc(
        `<w:p><w:hyperlink w:anchor="x">${r('链接')}</w:hyperlink><w:sdt><w:sdtContent>${r('控件')}</w:sdtContent></w:sdt>` +
          `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p>${r('框内')}</w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p>${r('框内')}</w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      ),
    });
    expect(read.paragraphs.map((x) => x.after)).toEqual(['框内', '链接控件']);
  });

  it('reads paragraph marks Word inserted and deleted: new paragraphs before and after one, a paragraph struck out, a split, a join', () => {
    const ins = (id: number) => `<w:ins ${mark('王主任', id)}/>`;
    const xmlDel = (id: number) => `<w:del ${mark('王主任', id)}/>`;
    expect(
      changes(
        // Typed at the start of a paragraph, then Enter: the new paragraph's own mark is inserted.
        p(`<w:ins ${mark('王主任', 1)}>${plain('新的开头。')}</w:ins>`, ins(2)) +
          p(plain('第一段。')) +
          // Enter at a paragraph's end, then typing: that paragraph's mark is the new one.
          p(plain('第二段。'), ins(3)) +
          p(`<w:ins ${mark('王主任', 4)}>${plain('补充甲。')}</w:ins>`, ins(5)) +
          p(`<w:ins ${mark('王主任', 6)}>${plain('补充乙。')}</w:ins>`) +
          // A whole paragraph struck out with its mark.
          p(`<w:del ${mark('王主任', 7)}>${del('删去的一段。')}</w:del>`, xmlDel(8)) +
          // Enter in the middle, and Delete at an end.
          p(plain('前半句，'), ins(9)) +
          p(plain('后半句。'), xmlDel(10)) +
          p(plain('并入的一段。')),
      ),
    ).toEqual([
      [{ kind: 'newParagraph', before: '', after: '新的开头。', at: 0 }],
      [{ kind: 'newParagraph', before: '', after: '补充甲。\n补充乙。', at: 4 }],
      [{ kind: 'removeParagraph', before: '删去的一段。', after: '', at: 0 }],
      [
        { kind: 'split', before: '', after: '\n', at: 4 },
        { kind: 'join', before: '', after: '', at: 8 },
      ],
      [],
    ]);
  });

  it('finds where a sent paragraph begins by its anchor where LibreOffice marks the break before it inserted too', () => {
    // Two paragraphs added after 甲段; LibreOffice also marks the last one's break, which was 甲段's own.
    const ins = (id: number) => `<w:ins ${mark('王主任', id)}/>`;
    const read = readReview({
      document: doc(
        p(anchor(1) + plain('甲段。'), ins(1)) +
          p(`<w:ins ${mark('王主任', 2)}>${plain('新一。')}</w:ins>`, ins(3)) +
          p(`<w:ins ${mark('王主任', 4)}>${plain('新二。')}</w:ins>`, ins(5)) +
          p(`<w:ins ${mark('王主任', 6)}>${anchor(2)}${plain('乙前新段。')}</w:ins>`, ins(7)) +
          p(plain('乙段。')),
      ),
    });
    expect(read.paragraphs.map((x) => [x.before, x.changes.map((c) => [c.kind, c.after, c.at])])).toEqual([
      ['甲段。', [['newParagraph', '新一。\n新二。', 3]]],
      ['乙段。', [['newParagraph', '乙前新段。', 0]]],
    ]);
  });

  it('reads Word’s moves: a whole paragraph (its mark too) and words, each half named by its range', () => {
    const from = (name: string, id: number, body: string) => `<w:moveFromRangeStart ${mark('李书记', id)} w:name="${name}"/><w:moveFrom ${mark('李书记', id + 1)}>${body}</w:moveFrom><w:moveFromRangeEnd w:id="${id}"/>`;
    const to = (name: string, id: number, body: string) => `<w:moveToRangeStart ${mark('李书记', id)} w:name="${name}"/><w:moveTo ${mark('李书记', id + 1)}>${body}</w:moveTo><w:moveToRangeEnd w:id="${id}"/>`;
    expect(
      changes(
        p(to('move1', 1, plain('挪动的一段。')), `<w:moveTo ${mark('李书记', 3)}/>`) +
          p(plain('原来的第一段。') + to('move2', 4, plain('几个字'))) +
          p(from('move1', 6, plain('挪动的一段。')), `<w:moveFrom ${mark('李书记', 8)}/>`) +
          p(plain('末段') + from('move2', 9, plain('几个字')) + plain('。')),
      ),
    ).toEqual([
      [
        { kind: 'newParagraph', before: '', after: '挪动的一段。', at: 0, move: 'move1' },
        { kind: 'insert', before: '', after: '几个字', at: 7, move: 'move2' },
      ],
      [{ kind: 'removeParagraph', before: '挪动的一段。', after: '', at: 0, move: 'move1' }],
      [{ kind: 'delete', before: '几个字', after: '', at: 2, move: 'move2' }],
    ]);
  });

  it('reads formatting (w:rPrChange): bold and italic as proposed, what the template sets named; fonts LibreOffice leaves out of the old properties are no change', () => {
    const run = (now: string, was: string, text: string) => `<w:r><w:rPr>${now}<w:rPrChange ${mark('李书记')}><w:rPr>${was}</w:rPr></w:rPrChange></w:rPr><w:t>${text}</w:t></w:r>`;
    const read = readReview({
      document: doc(
        p(
          plain('有') +
            run('<w:rFonts w:eastAsia="仿宋"/><w:b/><w:sz w:val="32"/>', '<w:sz w:val="32"/>', '37名') +
            run('<w:rFonts w:eastAsia="仿宋"/><w:b/><w:sz w:val="32"/>', '<w:sz w:val="32"/>', '处级干部') +
            plain('参加，') +
            run('<w:i w:val="0"/><w:color w:val="FF0000"/><w:sz w:val="36"/>', '<w:i/><w:sz w:val="32"/>', '共计') +
            plain('20天。'),
        ),
      ),
    });
    expect(read.paragraphs[0]!.changes.map(({ kind, before, at, format }) => ({ kind, before, at, format }))).toEqual([
      { kind: 'format', before: '37名处级干部', at: 1, format: { bold: true, ignored: [] } },
      { kind: 'format', before: '共计', at: 11, format: { italic: false, ignored: ['字号', '颜色'] } },
    ]);
  });

  it('reads replies and resolved threads from commentsExtended.xml, and a comment across paragraphs with all its words', () => {
    const comment = (id: number, author: string, text: string, paraId: string) =>
      `<w:comment w:id="${id}" w:author="${author}" w:date="2026-11-24T09:3${id}:00Z"><w:p>${plain('　')}</w:p><w:p w14:paraId="${paraId}">${plain(text)}</w:p></w:comment>`;
    const comments = `<?xml version="1.0"?><w:comments ${NS} ${W14}>${comment(0, '李书记', '请核实。', '10000001')}${comment(1, '王主任', '已核实。', '10000002')}${comment(2, '李书记', '好。', '10000003')}${comment(3, '李书记', '再精简。', '10000004')}${comment(4, '李书记', '整体再看。', '10000005')}</w:comments>`;
    const commentsExtended = `<?xml version="1.0"?><w15:commentsEx ${W15}><w15:commentEx w15:paraId="10000001" w15:done="0"/><w15:commentEx w15:paraId="10000002" w15:paraIdParent="10000001" w15:done="0"/><w15:commentEx w15:paraId="10000003" w15:paraIdParent="10000002" w15:done="0"/><w15:commentEx w15:paraId="10000004" w15:done="1"/></w15:commentsEx>`;
    const range = (ids: number[], body: string) => ids.map((i) => `<w:commentRangeStart w:id="${i}"/>`).join('') + body + ids.map((i) => `<w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r>`).join('');
    const read = readReview({
      document: doc(p(plain('第一段') + range([0, 1, 2], plain('末尾'))) + p(plain('第二段') + `<w:commentRangeStart w:id="3"/>` + plain('前半')) + p(plain('第三段') + `<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>` + plain('后半'))),
      comments,
      commentsExtended,
    });
    expect(read.paragraphs.map((x) => x.comments.map(({ quote, text, replies, resolved, end, at }) => ({ quote, text, replies: replies.map((y) => `${y.author}：${y.text}`), resolved, end, at })))).toEqual([
      // A reply to a reply belongs to the thread, as Word shows it.
      [{ quote: '末尾', text: '请核实。', replies: ['王主任：已核实。', '李书记：好。'], resolved: false, end: null, at: 3 }],
      [{ quote: '前半\n第三段', text: '再精简。', replies: [], resolved: true, end: { paragraph: 2, at: 3 }, at: 3 }],
      [],
    ]);
    // A comment whose range and reference are gone is listed.
    expect(read.loose).toEqual([expect.objectContaining({ id: '4', text: '整体再看。' })]);
  });

  it('takes a thread’s key from the comment itself where a writer puts w14:paraId there', () => {
    const comments = `<?xml version="1.0"?><w:comments ${NS} ${W14}><w:comment w:id="0" w:author="甲" w14:paraId="2000000A"><w:p>${plain('问')}</w:p></w:comment><w:comment w:id="1" w:author="乙" w14:paraId="2000000B"><w:p>${plain('答')}</w:p></w:comment></w:comments>`;
    const commentsExtended = `<?xml version="1.0"?><w15:commentsEx ${W15}><w15:commentEx w15:paraId="2000000B" w15:paraIdParent="2000000A"/></w15:commentsEx>`;
    const read = readReview({ document: doc(p(`<w:commentRangeStart w:id="0"/>${plain('字')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:commentReference w:id="1"/></w:r>`)), comments, commentsExtended });
    expect(read.paragraphs[0]!.comments.map((c) => [c.text, c.replies.map((x) => x.text)])).toEqual([['问', ['答']]]);
  });

  it('says where marks outside the articles were: the masthead page before the first section break, the 目录, a footer', () => {
    const toc = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${p(`<w:ins ${mark('王主任')}>${plain('改')}</w:ins>${plain('目录一行')}`)}</w:sdtContent></w:sdt>`;
    const read = readReview({
      document: doc(p(`<w:del ${mark('王主任')}>${del('报头')}</w:del>`) + toc + `<w:p><w:pPr><w:sectPr/></w:pPr></w:p>` + p(`<w:ins ${mark('王主任')}>${plain('正文')}</w:ins>`)),
      footers: [`<w:ftr ${NS}>${p(`<w:ins ${mark('王主任')}>${plain('页码')}</w:ins>`)}</w:ftr>`],
    });
    expect(read.paragraphs.filter((x) => x.changes.length).map((x) => x.region)).toEqual(['masthead', 'toc', null, 'footer']);
  });

  it('refuses XML with a document type declaration (entity tricks)', () => {
    expect(() => readReview({ document: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:document ${NS}/>` })).toThrow();
  });
});

describe('placing a returned mark on the issue', () => {
  const article = (paragraphs: string[]) =>
    docNode({
    type: 'doc',
    content: [
      {
        type: 'section',
        attrs: { id: 's1', heading: '【学习交流】' },
        content: [
          {
            type: 'article',
            attrs: { id: '0123456789ab-cdef-0123-4567-89abcdef0000' },
            content: [{ type: 'articleTitle', content: [{ type: 'text', text: '标题' }] }, ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })), { type: 'byline', content: [{ type: 'text', text: '文/甲' }] }],
          },
        ],
      },
    ],
    });

  it('follows the words, not a stale anchor, when the clerk added a paragraph after sending', () => {
    // Sent: 标题, 甲段 (child 1), 乙段 (child 2). The reviewer inserted words into 乙段.
    const read = readReview({ document: doc(`<w:p>${anchor(2)}${r('乙段讲成效和经验。')}<w:ins ${mark('王主任')}>${r('再补一句。')}</w:ins></w:p>`) });
    // Since then the clerk put a new paragraph before it: child 2 is now the new one.
    const placed = placeReview(read, article(['甲段讲做法。', '新加的一段。', '乙段讲成效和经验。']));
    expect(placed.changes).toEqual([expect.objectContaining({ paragraph: 3, kind: 'insert', after: '再补一句。', offset: 9, by: 'text' })]);
    // And where neither the anchor's paragraph nor any other has the words, the mark is listed.
    expect(placeReview(read, article(['甲段讲做法。', '全部改写了。'])).unplaced).toEqual([expect.objectContaining({ kind: 'insert', text: '再补一句。' })]);
  });

  it('lists marks outside the articles with where they were, and names formatting the template decides', () => {
    const fmt = (now: string, text: string) => `<w:r><w:rPr>${now}<w:rPrChange ${mark('李书记')}><w:rPr/></w:rPrChange></w:rPr><w:t>${text}</w:t></w:r>`;
    const read = readReview({
      document: doc(
        p(`<w:ins ${mark('王主任')}>${plain('（区行政学院）')}</w:ins>`) +
          `<w:p><w:pPr><w:sectPr/></w:pPr></w:p>` +
          p(anchor(0) + fmt('<w:b/>', '标题')) +
          p(anchor(1) + plain('甲段') + fmt('<w:b/><w:color w:val="FF0000"/>', '讲做法') + plain('。')) +
          // A title is one line: not split.
          p(anchor(0) + plain('标'), `<w:ins ${mark('王主任')}/>`) +
          p(plain('题')),
      ),
    });
    const placed = placeReview(read, article(['甲段讲做法。']));
    expect(placed.changes.map(({ kind, paragraph, format }) => ({ kind, paragraph, format }))).toEqual([{ kind: 'format', paragraph: 1, format: { bold: true } }]);
    expect(placed.ignored.map((i) => [i.context, i.text])).toEqual([
      ['【标题】标题', '“标题”：加粗'],
      ['【标题】第 1 段', '“讲做法”：颜色'],
    ]);
    expect(placed.unplaced.map((u) => [u.kind, u.context])).toEqual([
      ['insert', '报头'],
      ['split', '【标题】标题（标题、副标题和署名不分段、不并段）'],
    ]);
  });
});
