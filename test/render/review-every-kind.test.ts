import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Transform } from '@tiptap/pm/transform';
import type { DocNode } from '../../core/model/doc.ts';
import { issueSchema } from '../../core/schema/issue-schema.ts';
import { docFault } from '../../core/schema/doc-fault.ts';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { placeReview } from '../../core/review/place-review.ts';
import { applyReview } from '../../core/review/apply-review.ts';
import { settleSuggestions } from '../../core/review/settle.ts';
import { withoutReview } from '../../core/review/without-review.ts';
import { reviewParagraphs } from '../../core/review/anchors.ts';
import type { ReadReview } from '../../core/review/read-review.ts';
import type { PlacedReview } from '../../core/review/placed-schema.ts';
import { readReviewDocx } from '../../electron/node/service/review-docx.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';
import { copy, demo, EVERY, reviewedEveryKind, SURVEY } from '../helpers/reviewed-demo.ts';
import { issuePhotos } from '../helpers/issue-photos.ts';
import { tempDir } from '../helpers/tmp.ts';
import { docNode } from '../../core/schema/doc-node.ts';

/**
 * Everything a leader does to a 送审稿 in Word or WPS, back in the issue: new paragraphs (two in a row,
 * at an article's start and end), a struck paragraph, a split and a join made by LibreOffice with 修订
 * on; a moved paragraph, moved words, formatting, a thread with a reply, a resolved comment and one
 * across two paragraphs written as Word writes them; and marks on the masthead, the 目录 and the 报尾.
 */
const dir = tempDir();
afterAll(() => dir.remove());
let returned: Uint8Array;
let placed: PlacedReview;
beforeAll(async () => {
  returned = reviewedEveryKind((await exportIssueDocx(demo, issuePhotos(demo), { review: copy })).bytes);
  placed = placeReview(readReviewDocx('审阅稿.docx', returned), docNode(demo.doc));
});

const OPENING = '松江区第九期处级干部轮训班开班';
const SEMINAR = '松江区第九期处级干部轮训班召开骨干学员座谈会';
const TOUR = '寻迹“昆山之路”共绘发展蓝图 松江区第九期处级干部轮训班学员赴昆山学习考察';
const CHEDUN = '保持定力，坚定信心，对标“四个区”建设加快车墩转型发展攻坚突围';
const HUAWEI_ITEM = '以创新之钥开启高质量发展新征程';
const texts = (doc: DocNode) => reviewParagraphs(docNode(doc)).map((p) => p.text);

function imported() {
  const tr = new Transform(issueSchema().nodeFromJSON(demo.doc));
  const applied = applyReview(tr, docNode(demo.doc), placed, 'r1');
  return { tr, applied };
}

/** The marks of a read file, as the clerk would name them. */
const marksOf = (read: ReadReview) => ({
  changes: read.paragraphs.flatMap((p) => p.changes.map((c) => `${c.kind}${c.move ? '（移动）' : ''}：${c.before}→${c.after}`)),
  comments: read.paragraphs.flatMap((p) => p.comments.map((c) => `${c.text}${c.resolved ? '（已解决）' : ''}｜${c.quote}`)),
});

describe('a 送审稿 returned with every kind of mark', () => {
  it('places each on its article and paragraph, lists those outside the articles with where they were, and names formatting the template sets', () => {
    expect(placed.changes.map(({ item, paragraph, kind, before, after, move }) => ({ item, paragraph, kind, before: before.slice(0, 12), after, moved: Boolean(move) }))).toEqual([
      { item: OPENING, paragraph: 2, kind: 'replace', before: EVERY.replaced[0], after: EVERY.replaced[1], moved: false },
      { item: OPENING, paragraph: 3, kind: 'newParagraph', before: '', after: EVERY.added.join('\n'), moved: false },
      { item: OPENING, paragraph: 4, kind: 'format', before: EVERY.bold, after: EVERY.bold, moved: false },
      { item: OPENING, paragraph: 4, kind: 'newParagraph', before: '', after: EVERY.end[1], moved: false },
      { item: SEMINAR, paragraph: 1, kind: 'removeParagraph', before: EVERY.struck.slice(0, 12), after: '', moved: false },
      { item: SEMINAR, paragraph: 2, kind: 'delete', before: EVERY.movedWords[0].slice(0, 12), after: '', moved: true },
      { item: SEMINAR, paragraph: 3, kind: 'insert', before: '', after: EVERY.movedWords[0], moved: true },
      { item: SEMINAR, paragraph: 4, kind: 'split', before: '', after: '\n', moved: false },
      { item: TOUR, paragraph: 1, kind: 'newParagraph', before: '', after: EVERY.start[1], moved: false },
      { item: TOUR, paragraph: 10, kind: 'newParagraph', before: '', after: expect.stringMatching(/^学员们纷纷表示/u), moved: true },
      { item: TOUR, paragraph: 11, kind: 'removeParagraph', before: EVERY.movedParagraph[0].slice(0, 12), after: '', moved: true },
      { item: CHEDUN, paragraph: 4, kind: 'join', before: '', after: '', moved: false },
    ]);
    // The split is where the reviewer pressed Enter, the new paragraphs where they were typed.
    const split = placed.changes.find((c) => c.kind === 'split')!;
    expect(texts(demo.doc).find((t) => t.includes(EVERY.split))!.indexOf(EVERY.split)).toBe(split.offset);
    expect(placed.changes.find((c) => c.after === EVERY.start[1])!.offset).toBe(0);

    expect(placed.comments.map(({ item, quote, text, replies, resolved, end }) => ({ item, quote, text, replies: replies.map((r) => r.text), resolved, across: end !== null }))).toEqual([
      { item: TOUR, quote: expect.stringMatching(new RegExp(`^${EVERY.across.quote}.*\\n.*${EVERY.across.through}$`, 'u')), text: EVERY.across.text, replies: [], resolved: false, across: true },
      { item: SURVEY, quote: EVERY.resolved.quote, text: EVERY.resolved.text, replies: [], resolved: true, across: false },
      { item: HUAWEI_ITEM, quote: EVERY.thread.quote, text: EVERY.thread.text, replies: [EVERY.thread.reply], resolved: false, across: false },
    ]);
    expect(placed.unplaced.map(({ kind, context }) => ({ kind, where: context.split('：')[0] }))).toEqual([
      { kind: 'replace', where: '报头' },
      { kind: 'comment', where: '目录' },
      { kind: 'replace', where: '报尾' },
    ]);
    expect(placed.unplaced.map((u) => u.text)).toEqual([`${EVERY.masthead[0]} → ${EVERY.masthead[1]}`, EVERY.toc.text, `${EVERY.closing[0]} → ${EVERY.closing[1]}`]);
    expect(placed.ignored.map((i) => i.text)).toEqual([`“${EVERY.bylineBold}”：加粗`, `“${EVERY.resized}”：字号、颜色`]);
  });

  it('puts them in as suggestions: 全部接受 gives the leader’s text, 全部拒绝 and the clean export the text as sent', async () => {
    const { tr, applied } = imported();
    expect(applied).toMatchObject({ changes: 12, comments: 3 });
    const sent = texts(demo.doc);

    settleSuggestions(tr, 'accept');
    const accepted = tr.doc.toJSON() as DocNode;
    expect(docFault(accepted)).toBeNull();
    const now = texts(accepted);
    for (const t of [...EVERY.added, EVERY.start[1], EVERY.end[1]]) expect(now).toContain(t);
    expect(now.some((t) => t.startsWith(EVERY.struck))).toBe(false);
    expect(now.find((t) => t.startsWith(EVERY.joined))).toMatch(/：功能革命/u);
    // The split paragraph's second half is a paragraph of its own.
    expect(now.some((t) => t.startsWith(EVERY.split))).toBe(true);
    expect(now.indexOf(now.find((t) => t.startsWith(EVERY.movedParagraph[0]))!)).toBeLessThan(now.indexOf(now.find((t) => t.startsWith(EVERY.movedParagraph[1]))!));
    expect(now.find((t) => t.includes(EVERY.movedWords[1]))).toMatch(/切实履行岗位职责。确保培训纪律“零松动”。$/u);

    const rejected = imported().tr;
    settleSuggestions(rejected, 'reject');
    expect(texts(rejected.doc.toJSON() as DocNode)).toEqual(sent);
    const clean = withoutReview(imported().tr).doc.toJSON() as DocNode;
    expect(texts(clean)).toEqual(sent);
    const issue = { ...demo, doc: imported().tr.doc.toJSON() as DocNode };
    const xml = strFromU8(unzipSync((await exportIssueDocx(issue, issuePhotos(issue))).bytes)['word/document.xml']!);
    expect(/<w:(ins|del|moveFrom|moveTo|rPrChange|commentRangeStart)\b/u.test(xml)).toBe(false);
    expect(xml).not.toContain(EVERY.added[0]);
  });

  it('exports the open ones as Word writes them, and LibreOffice reads that copy back with the same marks', async () => {
    const { tr } = imported();
    const issue = { ...demo, doc: tr.doc.toJSON() as DocNode };
    const marked = (await exportIssueDocx(issue, issuePhotos(issue), { withMarks: true })).bytes;
    const parts = unzipSync(marked);
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:ins w:id="\d+" w:author="王主任"/u);
    expect(xml).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:moveFrom w:id="\d+" w:author="李书记"/u);
    for (const element of ['w:moveFromRangeStart', 'w:moveFrom ', 'w:moveFromRangeEnd', 'w:moveToRangeStart', 'w:moveTo ', 'w:moveToRangeEnd', 'w:rPrChange'])
      expect(xml).toContain(`<${element}`);
    const extended = strFromU8(parts['word/commentsExtended.xml']!);
    expect(extended).toMatch(/w15:paraIdParent="[0-9A-F]{8}"/u);
    expect(extended).toContain('w15:done="1"');

    const ours = readReviewDocx('带修订.docx', marked);
    const path = join(dir.path, '带修订.docx');
    writeFileSync(path, marked);
    const back = readReviewDocx('带修订.docx', readFileSync(convertWithLibreOffice(path, 'docx:MS Word 2007 XML', join(dir.path, 'back'))));
    expect(marksOf(ours).changes).toHaveLength(12);
    expect(marksOf(back).changes).toEqual(marksOf(ours).changes);
    // LibreOffice 7.4 keeps a resolved comment as resolved, but saves a reply as a comment of its own on the same words.
    expect(marksOf(ours).comments).toEqual([
      `${EVERY.across.text}｜${placed.comments[0]!.quote}`,
      `${EVERY.resolved.text}（已解决）｜${EVERY.resolved.quote}`,
      `${EVERY.thread.text}｜${EVERY.thread.quote}`,
    ]);
    expect(ours.paragraphs.flatMap((p) => p.comments.flatMap((c) => c.replies.map((r) => r.text)))).toEqual([EVERY.thread.reply]);
    expect(marksOf(back).comments).toEqual([...marksOf(ours).comments, `${EVERY.thread.reply}｜${EVERY.thread.quote}`]);
  });
});
