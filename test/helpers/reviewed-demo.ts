import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { addComments } from './add-comments.ts';
import { reviewWithLibreOffice } from './libreoffice-review.ts';
import { addWordRevisions } from './word-revisions.ts';
import { issuePhotos } from './issue-photos.ts';
import { REPO } from './web-server.ts';

/**
 * The demo sent for review and returned as a reviewer's office suite leaves it: LibreOffice's 修订
 * (a replacement, a deleted sentence, an insertion, in three articles) and two 批注 as Word writes them.
 */
export const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
export const copy = { issueId: 'demo', versionId: 'v-sent', name: '送审稿 2026-11-24' };

export const OPENING = '松江区第九期处级干部轮训班开班';
export const DISCUSSION = '松江区第九期处级干部轮训班开展小组讨论';
export const MODERNA = '案例教学：“莫德纳”速度何以可能？';
export const HUAWEI = '以创新之钥开启高质量发展新征程';
export const SURVEY = '松江区第九期处级干部轮训班调研活动纪实';
export const SENTENCE = '区委党校4名老师参加了小组讨论，并对各组讨论进行了点评。';

export async function reviewed(): Promise<Uint8Array> {
  const sent = await exportIssueDocx(demo, issuePhotos(demo), { review: copy });
  const edited = reviewWithLibreOffice(
    sent.bytes,
    [
      { find: '旨在提升干部教育培训', replace: '旨在增强干部教育培训' },
      { find: SENTENCE, replace: '' },
      { find: '增强为企服务意识', insertAfter: '和能力' },
    ],
    '王主任',
  );
  return addComments(edited, [
    { quote: '华为练秋湖研发中心', text: '请核实名称。', author: '李书记', date: '2026-11-24T09:30:00Z' },
    { quote: '六极星通孵化器', text: '请补充所在镇名。', author: '李书记', date: '2026-11-24T09:31:00Z' },
  ]);
}

/** The words of a returned copy with every kind of mark a leader makes (see `reviewedEveryKind`). */
export const EVERY = {
  replaced: ['旨在提升干部教育培训', '旨在增强干部教育培训'],
  /** Two new paragraphs in a row after the paragraph holding `after`. */
  after: '会上，区委组织部干教科科长余看宣读',
  added: ['学员代表在会上作了发言。', '会后，学员分组交流了学习计划。'],
  /** A new paragraph at the end of the opening article, and one at the start of the study tour's. */
  end: ['打赢打好松江转型发展攻坚战突围战。', '开班仪式结束后，全体学员合影留念。'],
  start: ['4月29日上午，习近平总书记来到', '编者按：本文记录了学员赴昆山学习考察的全过程。'],
  struck: '为加强班级管理、明确骨干职责',
  split: '全体支委成员一致表示',
  joined: '这场硬仗的深层逻辑是',
  masthead: ['中共上海市松江区委党校', '中共上海市松江区委党校（区行政学院）'],
  closing: ['本期轮训班全体学员', '本期轮训班全体学员、班主任'],
  movedParagraph: ['学员们纷纷表示，昆山多措并举', '为进一步感受“数农融合”'],
  movedWords: ['确保培训纪律“零松动”。', '切实履行岗位职责。'],
  bold: '相关单位',
  resized: '南淞湖科技园',
  bylineBold: '屠婵燕 图',
  thread: { quote: '华为练秋湖研发中心', text: '请核实名称。', reply: '已与华为核实，名称无误。' },
  resolved: { quote: '六极星通孵化器', text: '请补充所在镇名。' },
  across: { quote: '由中科院与江苏省共同支持投建', through: '学员们深入生产车间与技术展示区', text: '这两段可以合并精简。' },
  toc: { quote: '调研活动纪实', text: '目录中的标题请与正文一致。' },
} as const;

/**
 * A 送审稿 returned with every kind of mark a leader makes in Word or WPS: through LibreOffice with
 * 修订 on (words replaced, new paragraphs after one and at an article's start and end, a paragraph
 * struck out, one split, two joined, words changed in the masthead and the 报尾), then as Word writes
 * what LibreOffice does not (a paragraph and words moved, words set bold, resized and recoloured, a
 * byline set bold, a comment with a reply, a resolved one, one across two paragraphs, one on the 目录).
 */
export function reviewedEveryKind(sent: Uint8Array): Uint8Array {
  const edited = reviewWithLibreOffice(
    sent,
    [
      { find: EVERY.replaced[0], replace: EVERY.replaced[1] },
      { find: EVERY.after, newParagraphAfter: EVERY.added[0] },
      { find: EVERY.added[0], newParagraphAfter: EVERY.added[1] },
      { find: EVERY.end[0], newParagraphAfter: EVERY.end[1] },
      { find: EVERY.start[0], newParagraphBefore: EVERY.start[1] },
      { find: EVERY.struck, deleteParagraph: true },
      { find: EVERY.split, split: true },
      { find: EVERY.joined, joinNext: true },
      { find: EVERY.masthead[0], replace: EVERY.masthead[1] },
      { find: EVERY.closing[0], replace: EVERY.closing[1] },
    ],
    '王主任',
  );
  const moved = addWordRevisions(edited, {
    author: '李书记',
    date: '2026-11-24T09:00:00Z',
    paragraphMoves: [{ paragraph: EVERY.movedParagraph[0], before: EVERY.movedParagraph[1] }],
    wordMoves: [{ words: EVERY.movedWords[0], to: EVERY.movedWords[1] }],
    formats: [{ words: EVERY.bold, bold: true }, { words: EVERY.resized, size: 36, color: 'FF0000' }, { words: EVERY.bylineBold, bold: true }],
  });
  const by = { author: '李书记', date: '2026-11-24T09:30:00Z' };
  return addComments(moved, [
    { quote: EVERY.thread.quote, text: EVERY.thread.text, ...by, replies: [{ text: EVERY.thread.reply, author: '王主任', date: '2026-11-24T10:00:00Z' }] },
    { quote: EVERY.resolved.quote, text: EVERY.resolved.text, ...by, resolved: true },
    { quote: EVERY.across.quote, through: EVERY.across.through, text: EVERY.across.text, ...by },
    { quote: EVERY.toc.quote, text: EVERY.toc.text, ...by },
  ]);
}
