import { afterAll, describe, expect, it } from 'vitest';
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
import { openSuggestions } from '../../core/review/open-marks.ts';
import { settleSuggestions } from '../../core/review/settle.ts';
import { replyToComment, resolveComment } from '../../core/review/comment-thread.ts';
import { commentsOf } from '../../core/review/comments.ts';
import { withoutReview } from '../../core/review/without-review.ts';
import { reviewParagraphs } from '../../core/review/anchors.ts';
import { readReviewDocx } from '../../electron/node/service/review-docx.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';
import { demo, HUAWEI, MODERNA, reviewed, SENTENCE, SURVEY } from '../helpers/reviewed-demo.ts';
import { issuePhotos } from '../helpers/issue-photos.ts';
import { tempDir } from '../helpers/tmp.ts';
import { docNode } from '../../core/schema/doc-node.ts';

/**
 * The returned marks as suggestions in the issue: accepted, rejected, answered, resolved, and the
 * rest exported as Word 修订 and 批注 that LibreOffice reads back as its own.
 */
const dir = tempDir();
afterAll(() => dir.remove());

const paragraphWith = (doc: DocNode, words: string) => reviewParagraphs(docNode(doc)).find((p) => p.text.includes(words))?.text ?? '';

async function imported() {
  const placed = placeReview(readReviewDocx('审阅稿.docx', await reviewed()), docNode(demo.doc));
  const tr = new Transform(issueSchema().nodeFromJSON(demo.doc));
  const applied = applyReview(tr, docNode(demo.doc), placed, 'r1');
  return { tr, applied };
}

describe('审阅稿 marks in the issue', () => {
  it('puts every mark in as a suggestion or comment, keeping the words as sent until decided', async () => {
    const { tr, applied } = await imported();
    expect(applied).toEqual({ changes: 3, comments: 2, unplaced: [], ignored: [] });
    const doc = tr.doc.toJSON() as DocNode;
    expect(docFault(doc)).toBeNull();
    const open = openSuggestions(tr.doc).map(({ kind, deleted, inserted, author }) => ({ kind, deleted, inserted, author }));
    expect(open).toEqual([
      { kind: 'replace', deleted: expect.stringContaining('提升'), inserted: expect.stringContaining('增强'), author: '王主任' },
      { kind: 'delete', deleted: SENTENCE, inserted: '', author: '王主任' },
      { kind: 'insert', deleted: '', inserted: '和能力', author: '王主任' },
    ]);
    expect(paragraphWith(doc, '增强为企服务意识')).toContain('增强为企服务意识和能力');
    // What a clean export prints while they are open: the text as sent, word for word.
    expect(withoutReview(new Transform(tr.doc)).doc.toJSON().content).toEqual(docNode(demo.doc).toJSON().content);
    expect(commentsOf(tr.doc).map((c) => [c.quote, c.text, c.author])).toEqual([
      ['六极星通孵化器', '请补充所在镇名。', '李书记'],
      ['华为练秋湖研发中心', '请核实名称。', '李书记'],
    ]);
  });

  it('accepts one and rejects one; a clean export prints the clerk’s text, one with marks gives LibreOffice the rest as its own 修订 and 批注', async () => {
    const { tr } = await imported();
    const [replace, deletion] = openSuggestions(tr.doc);
    expect(settleSuggestions(tr, 'accept', undefined, replace!.id)).toBe(1);
    expect(settleSuggestions(tr, 'reject', undefined, deletion!.id)).toBe(1);
    const [survey, huawei] = commentsOf(tr.doc);
    replyToComment(tr, huawei!.id, { author: '编辑部', date: '2026-11-24T10:00:00Z', text: '已与华为核实，名称无误。' });
    resolveComment(tr, survey!.id);
    const doc = tr.doc.toJSON() as DocNode;
    expect(docFault(doc)).toBeNull();
    expect(paragraphWith(doc, '旨在')).toContain('旨在增强干部教育培训');
    expect(paragraphWith(doc, '小组讨论，并对')).toContain(SENTENCE);

    const issue = { ...demo, doc };
    const clean = strFromU8(unzipSync((await exportIssueDocx(issue, issuePhotos(issue))).bytes)['word/document.xml']!);
    expect(/<w:(ins|del|commentRangeStart)\b/u.test(clean)).toBe(false);
    expect(clean.includes('旨在增强干部教育培训')).toBe(true);
    expect(clean.includes('增强为企服务意识和能力')).toBe(false);

    const path = join(dir.path, '带修订.docx');
    writeFileSync(path, (await exportIssueDocx(issue, issuePhotos(issue), { withMarks: true })).bytes);
    // LibreOffice opens the export and saves it as Word would: what survives is what it understood.
    const back = readReviewDocx('带修订.docx', readFileSync(convertWithLibreOffice(path, 'docx:MS Word 2007 XML', join(dir.path, 'back'))));
    const changes = back.paragraphs.flatMap((p) => p.changes.map(({ kind, before, after, author }) => ({ kind, before, after, author })));
    expect(changes).toEqual([{ kind: 'insert', before: '', after: '和能力', author: '王主任' }]);
    // The resolved comment goes as a resolved Word comment; LibreOffice 7.4 keeps that (w15:done) but
    // saves a reply as a comment of its own on the same words (it drops the thread's links).
    const comments = back.paragraphs.flatMap((p) => p.comments.map(({ quote, text, author, resolved }) => ({ quote, text, author, resolved })));
    expect(comments).toEqual([
      { quote: '六极星通孵化器', text: '请补充所在镇名。', author: '李书记', resolved: true },
      { quote: '华为练秋湖研发中心', text: '请核实名称。', author: '李书记', resolved: false },
      { quote: '华为练秋湖研发中心', text: '已与华为核实，名称无误。', author: '编辑部', resolved: false },
    ]);
    const placed = placeReview(back, docNode(demo.doc));
    expect(placed.changes.map((c) => c.item)).toEqual([MODERNA]);
    expect(placed.comments.map((c) => c.item)).toEqual([SURVEY, HUAWEI, HUAWEI]);
  });
});
