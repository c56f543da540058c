import { describe, expect, it } from 'vitest';
import { Transform } from '@tiptap/pm/transform';
import type { DocNode } from '../../core/model/doc.ts';
import { issueSchema } from '../../core/schema/issue-schema.ts';
import { docFault } from '../../core/schema/doc-fault.ts';
import { applyReview } from '../../core/review/apply-review.ts';
import { settleSuggestions } from '../../core/review/settle.ts';
import { withoutReview } from '../../core/review/without-review.ts';
import { openSuggestions } from '../../core/review/open-marks.ts';
import { resolveComment } from '../../core/review/comment-thread.ts';
import { commentsOf } from '../../core/review/comments.ts';
import type { PlacedChange, PlacedReview } from '../../core/review/placed-schema.ts';

/**
 * A leader's whole-paragraph marks in the issue, on ProseMirror steps: put in as suggestions, each
 * accepted and rejected, the clean text (every one rejected) the editor's 全部拒绝, and a document with a broken one refused.
 */
const schema = issueSchema();
const ID = '0123456789ab-cdef-0123-4567-89abcdef0000';
const sent: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'section',
      attrs: { id: 's1', key: 'news', heading: '【学习交流】' },
      content: [
        {
          type: 'article',
          attrs: { id: ID },
          content: [
            { type: 'articleTitle', content: [{ type: 'text', text: '标题' }] },
            { type: 'paragraph', content: [{ type: 'text', text: '甲段讲做法。' }] },
            { type: 'paragraph', content: [{ type: 'text', text: '乙段讲成效，也讲经验。' }] },
            { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、小标题' }] },
            { type: 'paragraph', content: [{ type: 'text', text: '丙段在后。' }] },
            { type: 'byline', content: [{ type: 'text', text: '文/甲' }] },
          ],
        },
      ],
    },
  ],
};
const texts = (doc: DocNode): string[] => (doc.content?.[0]?.content?.[0]?.content ?? []).map((c) => (c.content ?? []).map((t) => t.text).join(''));
const at = (child: number, offset: number) => ({ itemId: ID, item: '标题', source: [0, 0, child], paragraph: child, offset, by: 'anchor' as const, author: '王主任', date: '2026-11-24T10:00:00Z' });
const change = (child: number, offset: number, c: Pick<PlacedChange, 'kind' | 'before' | 'after'> & Partial<PlacedChange>): PlacedChange => ({ ...at(child, offset), ...c });

function imported(changes: PlacedChange[], extra: Partial<PlacedReview> = {}) {
  const tr = new Transform(schema.nodeFromJSON(sent));
  const applied = applyReview(tr, schema.nodeFromJSON(sent), { changes, comments: [], unplaced: [], ignored: [], ...extra }, 'r');
  return { tr, applied };
}
const decided = (changes: PlacedChange[], decision: 'accept' | 'reject') => {
  const { tr } = imported(changes);
  settleSuggestions(tr, decision);
  const doc = tr.doc.toJSON() as DocNode;
  expect(docFault(doc)).toBeNull();
  return texts(doc);
};
const SENT = ['标题', '甲段讲做法。', '乙段讲成效，也讲经验。', '一、小标题', '丙段在后。', '文/甲'];

describe('whole-paragraph suggestions', () => {
  const every: PlacedChange[] = [
    change(1, 6, { kind: 'newParagraph', before: '', after: '新一。\n新二。' }),
    change(0, 2, { kind: 'newParagraph', before: '', after: '开头新段。' }),
    change(4, 5, { kind: 'newParagraph', before: '', after: '文末新段。' }),
    change(2, 6, { kind: 'split', before: '', after: '\n' }),
    change(1, 6, { kind: 'join', before: '', after: '' }),
    change(4, 0, { kind: 'removeParagraph', before: '丙段在后。', after: '' }),
  ];

  it('puts new paragraphs after the one they follow (at an article’s start after its title, at its end before the byline), a split, a join and a struck paragraph', () => {
    const { tr, applied } = imported(every);
    expect(applied).toMatchObject({ changes: 6, unplaced: [] });
    const doc = tr.doc.toJSON() as DocNode;
    expect(docFault(doc)).toBeNull();
    expect(texts(doc)).toEqual(['标题', '开头新段。', '甲段讲做法。', '新一。', '新二。', '乙段讲成效，', '也讲经验。', '一、小标题', '丙段在后。', '文末新段。', '文/甲']);
    expect(openSuggestions(tr.doc).map((s) => [s.kind, s.inserted || s.deleted])).toEqual([
      ['newParagraph', '开头新段。'],
      ['join', ''],
      ['newParagraph', '新一。\n新二。'],
      ['split', ''],
      ['removeParagraph', '丙段在后。'],
      ['newParagraph', '文末新段。'],
    ]);
  });

  it('keeps what is accepted and takes out what is rejected; the clean text is the editor’s 全部拒绝', () => {
    expect(decided(every, 'accept')).toEqual(['标题', '开头新段。', '甲段讲做法。新一。', '新二。', '乙段讲成效，', '也讲经验。', '一、小标题', '文末新段。', '文/甲']);
    expect(decided(every, 'reject')).toEqual(SENT);
    const { tr } = imported(every);
    const clean = withoutReview(tr).doc;
    expect(texts(clean.toJSON() as DocNode)).toEqual(SENT);
    // Nothing of review is left in the clean text: no suggestion, no paragraph revision.
    expect(openSuggestions(clean)).toEqual([]);
    expect(JSON.stringify(clean.toJSON())).not.toMatch(/"revision":\{/u);
  });

  it('decides a move’s two halves together, and a formatting by what it sets', () => {
    const moves = [
      change(4, 0, { kind: 'removeParagraph', before: '丙段在后。', after: '', move: 'm1' }),
      change(1, 0, { kind: 'newParagraph', before: '', after: '丙段在后。', move: 'm1' }),
      change(2, 0, { kind: 'format', before: '乙段', after: '乙段', format: { bold: true } }),
    ];
    const { tr } = imported(moves);
    const [move, format] = openSuggestions(tr.doc);
    expect([move?.kind, format?.kind, format?.format]).toEqual(['move', 'format', { bold: true }]);
    expect(settleSuggestions(tr, 'accept', undefined, move!.id)).toBe(1);
    expect(texts(tr.doc.toJSON() as DocNode)).toEqual(['标题', '丙段在后。', '甲段讲做法。', '乙段讲成效，也讲经验。', '一、小标题', '文/甲']);
    settleSuggestions(tr, 'accept', undefined, format!.id);
    const bold = tr.doc.toJSON() as DocNode;
    expect(bold.content![0]!.content![0]!.content![3]!.content![0]).toEqual({ type: 'text', text: '乙段', marks: [{ type: 'bold' }] });
    expect(decided(moves, 'reject')).toEqual(SENT);
  });

  it('lists what cannot go where it was meant: a join before the byline, a split of a title', () => {
    const { applied } = imported([change(4, 5, { kind: 'join', before: '', after: '' }), change(0, 1, { kind: 'split', before: '', after: '\n' })]);
    expect(applied.unplaced.map((u) => u.kind)).toEqual(['join', 'split']);
  });

  it('keeps a resolved comment’s words without its highlight, and refuses a paragraph revision it cannot read', () => {
    const { tr } = imported([], {
      comments: [{ ...at(2, 0), id: '1', quote: '乙段讲成效，也讲经验。\n一、小标题', text: '合并。', replies: [{ author: '王主任', date: '', text: '同意。' }], resolved: false, end: { itemId: ID, source: [0, 0, 3], offset: 5 } }],
    });
    const [thread] = commentsOf(tr.doc);
    expect(thread).toMatchObject({ text: '合并。', replies: [{ text: '同意。' }] });
    // The comment spans both paragraphs.
    const covered = () => {
      const out: string[] = [];
      tr.doc.descendants((n) => {
        if (n.isText && n.marks.some((m) => m.type.name === 'comment')) out.push(`${n.text}${n.marks.find((m) => m.type.name === 'comment')!.attrs.resolved ? '（已解决）' : ''}`);
      });
      return out;
    };
    expect(covered()).toEqual(['乙段讲成效，也讲经验。', '一、小标题']);
    resolveComment(tr, thread!.id);
    expect(covered()).toEqual(['乙段讲成效，也讲经验。（已解决）', '一、小标题（已解决）']);

    const bad = structuredClone(sent);
    bad.content![0]!.content![0]!.content![1]!.attrs = { revision: { kind: 'moved', id: 'x', author: '', date: '' } };
    expect(docFault(bad)).toBe('文档中的段落修订无法识别');
  });
});
