import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { addComments } from './add-comments.ts';
import { reviewWithLibreOffice } from './libreoffice-review.ts';
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
