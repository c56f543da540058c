import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { reviewParagraphs } from '../../core/review/anchors.ts';
import { placeReview } from '../../core/review/place-review.ts';
import type { PlacedReview } from '../../core/review/placed-schema.ts';
import { readReviewDocx } from '../../electron/node/service/review-docx.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';
import { copy, demo, DISCUSSION, HUAWEI, MODERNA, OPENING, reviewed, SENTENCE, SURVEY } from '../helpers/reviewed-demo.ts';
import { issuePhotos } from '../helpers/issue-photos.ts';
import { renderDocx } from '../helpers/render-pdf.ts';
import { tempDir } from '../helpers/tmp.ts';
import { docNode } from '../../core/schema/doc-node.ts';

/**
 * The 审签 loop on files this project did not write: the demo goes out as a 送审稿, LibreOffice
 * edits it with 修订 on (through its UNO bridge, as a reviewer's office suite would), 批注 are added
 * as Word writes them, and every mark comes back on its article with its text, author and kind.
 */
const dir = tempDir();
afterAll(() => dir.remove());

function expectEveryMark(r: PlacedReview) {
  expect(r.unplaced).toEqual([]);
  const changes = r.changes.map(({ item, kind, before, after, author }) => ({ item, kind, before, after, author }));
  expect(changes).toEqual([
    { item: OPENING, kind: 'replace', before: expect.stringContaining('提升'), after: expect.stringContaining('增强'), author: '王主任' },
    { item: DISCUSSION, kind: 'delete', before: SENTENCE, after: '', author: '王主任' },
    { item: MODERNA, kind: 'insert', before: '', after: '和能力', author: '王主任' },
  ]);
  for (const c of r.changes) expect(Date.parse(c.date)).toBeGreaterThan(Date.parse('2026-01-01'));
  // Each change sits where its text is in the paragraph as sent.
  const texts = new Map(reviewParagraphs(docNode(demo.doc)).map((p) => [p.source.join('.'), p.text]));
  for (const c of r.changes) {
    const text = texts.get(c.source.join('.'))!;
    expect(c.offset).not.toBeNull();
    if (c.kind !== 'insert') expect(text.slice(c.offset!, c.offset! + c.before.length)).toBe(c.before);
    else expect(text.slice(0, c.offset!)).toMatch(/增强为企服务意识$/u);
  }
  expect(r.comments.map(({ item, quote, text, author, date }) => ({ item, quote, text, author, date }))).toEqual([
    { item: SURVEY, quote: '六极星通孵化器', text: '请补充所在镇名。', author: '李书记', date: '2026-11-24T09:31:00Z' },
    { item: HUAWEI, quote: '华为练秋湖研发中心', text: '请核实名称。', author: '李书记', date: '2026-11-24T09:30:00Z' },
  ]);
}

describe('送审 and 导入审阅稿 through LibreOffice', () => {
  it('sends a 送审稿 that prints the same pages, with an anchor on every paragraph and its version named', async () => {
    const clean = await exportIssueDocx(demo, issuePhotos(demo));
    const sent = await exportIssueDocx(demo, issuePhotos(demo), { review: copy });
    const parts = unzipSync(sent.bytes);
    const xml = strFromU8(parts['word/document.xml']!);
    for (const p of reviewParagraphs(docNode(demo.doc))) expect(xml).toContain(`w:name="${p.anchor}"`);
    expect(strFromU8(parts['docProps/custom.xml']!)).toContain('v-sent');
    const [a, b] = [renderDocx(clean.bytes), renderDocx(sent.bytes)];
    expect(b.map((p) => p.flat)).toEqual(a.map((p) => p.flat));
  });

  it('places every 修订 and 批注 on its article and paragraph, by anchor', async () => {
    const file = await reviewed();
    const read = readReviewDocx('审阅稿.docx', file);
    expect(read.versionId).toBe('v-sent');
    const placed = placeReview(read, docNode(demo.doc));
    expectEveryMark(placed);
    expect(new Set([...placed.changes, ...placed.comments].map((m) => m.by))).toEqual(new Set(['anchor']));
  });

  it('places them the same after the file passed through LibreOffice again, and by text where the bookmarks are gone', async () => {
    const path = join(dir.path, '审阅稿.docx');
    writeFileSync(path, await reviewed());
    const again = readFileSync(convertWithLibreOffice(path, 'docx:MS Word 2007 XML', join(dir.path, 'again')));
    expectEveryMark(placeReview(readReviewDocx('审阅稿.docx', again), docNode(demo.doc)));

    // Editors that drop bookmarks (and their names) leave the text: the marks are found by it.
    const parts = unzipSync(again);
    parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace(/<w:bookmark(Start|End)\b[^>]*\/>/gu, ''));
    const bare = placeReview(readReviewDocx('审阅稿.docx', zipSync(parts)), docNode(demo.doc));
    expectEveryMark(bare);
    expect(new Set([...bare.changes, ...bare.comments].map((m) => m.by))).toEqual(new Set(['text']));
  });

  it('lists a mark whose paragraph is not in the version it came from, never drops it', async () => {
    const read = readReviewDocx('审阅稿.docx', await reviewed());
    const other = structuredClone(demo.doc);
    // The clerk rewrote the discussion article after sending it: that deletion has nowhere to go.
    const paragraph = reviewParagraphs(docNode(other)).find((p) => p.text.includes(SENTENCE))!;
    const [s, i, c] = paragraph.source as [number, number, number];
    other.content![s]!.content![i]!.content![c]!.content = [{ type: 'text', text: '这一段已由编辑改写。' }];
    const placed = placeReview(read, docNode(other));
    expect(placed.unplaced).toEqual([expect.objectContaining({ kind: 'delete', text: SENTENCE, author: '王主任' })]);
    expect(placed.changes).toHaveLength(2);
    expect(placed.comments).toHaveLength(2);
  });
});
