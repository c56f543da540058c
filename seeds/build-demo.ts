/**
 * Rebuilds seeds/demo-issue.json from the sample briefing: `npm run seed`.
 * The sample is the copy in test/fixtures/samples/, so the demo builds from this repository alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { issueFromSample } from './sample-issue.ts';
import { requireTemplate, DEFAULT_TEMPLATE_ID } from '../core/template/registry.ts';
import { ISSUE_FILE_FORMAT, ISSUE_FILE_VERSION, IssueFile } from '../core/model/issue-file.ts';

export const SAMPLE_PATH = fileURLToPath(new URL('../test/fixtures/samples/003_1aaa9068f51ad1d2.txt', import.meta.url));
export const DEMO_PATH = fileURLToPath(new URL('./demo-issue.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const content = issueFromSample(readFileSync(SAMPLE_PATH, 'utf8'), requireTemplate(DEFAULT_TEMPLATE_ID));
  const file = IssueFile.parse({ format: ISSUE_FILE_FORMAT, version: ISSUE_FILE_VERSION, ...content, photos: {} });
  writeFileSync(DEMO_PATH, JSON.stringify(file, null, 1) + '\n');
  console.log(`已生成 ${DEMO_PATH}`);
}
