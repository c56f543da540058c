/**
 * Rebuilds seeds/demo-issue.json from the sample briefing: `npm run seed`.
 * The sample is the copy in test/fixtures/samples/, so the demo builds from this repository alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { issueFromSample } from './sample-issue.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../core/template/registry.ts';
import { ISSUE_FILE_FORMAT, ISSUE_FILE_VERSION, IssueFile } from '../core/model/issue-file.ts';
import type { DocNode } from '../core/model/doc.ts';
import { NODE } from '../core/model/nodes.ts';
import { outlineItem } from '../core/model/outline.ts';
import { docNode } from '../core/schema/doc-node.ts';
import { photoHash } from '../electron/node/store/photos-repo.ts';
import { PLACEHOLDER, placeholderPhotos } from './placeholder-photos.ts';

/** Captions of the 【学习掠影】 photos: the class's days the sample reports on. */
const GALLERY_CAPTIONS = ['开班式现场', '小组讨论交流', '赴昆山学习考察', '案例教学课堂'];

/** The demo's photo slots and the words each placeholder shows: an article's title, or the gallery photo's caption (which it is given here). */
export function placeholderSlots(doc: DocNode): { node: DocNode; label: string }[] {
  const slots: { node: DocNode; label: string }[] = [];
  for (const section of doc.content ?? []) {
    let gallery = 0;
    for (const item of section.content ?? []) {
      if (item.type === NODE.figure) {
        const caption = GALLERY_CAPTIONS[gallery++ % GALLERY_CAPTIONS.length]!;
        item.content = [{ type: NODE.text, text: caption }];
        slots.push({ node: item, label: caption });
      }
      for (const child of item.content ?? []) if (child.type === NODE.figure) slots.push({ node: child, label: outlineItem(docNode(item)).title });
    }
  }
  return slots;
}

/** Fills every photo slot with a placeholder picture. */
async function withPhotos(doc: DocNode): Promise<{ doc: DocNode; photos: Record<string, { mime: string; data: string }> }> {
  const slots = placeholderSlots(doc);
  const images = await placeholderPhotos(slots.map((s) => s.label));
  const photos: Record<string, { mime: string; data: string }> = {};
  slots.forEach((slot, i) => {
    const hash = photoHash(images[i]!);
    photos[hash] = { mime: 'image/jpeg', data: images[i]!.toString('base64') };
    slot.node.attrs = { ...slot.node.attrs, photo: hash, ...PLACEHOLDER };
  });
  return { doc, photos };
}

export const SAMPLE_PATH = fileURLToPath(new URL('../test/fixtures/samples/003_1aaa9068f51ad1d2.txt', import.meta.url));
export const DEMO_PATH = fileURLToPath(new URL('./demo-issue.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const content = issueFromSample(readFileSync(SAMPLE_PATH, 'utf8'), requireBuiltIn(DEFAULT_TEMPLATE_ID));
  const { doc, photos } = await withPhotos(content.doc);
  const file = IssueFile.parse({ format: ISSUE_FILE_FORMAT, version: ISSUE_FILE_VERSION, ...content, doc, photos });
  writeFileSync(DEMO_PATH, JSON.stringify(file, null, 1) + '\n');
  console.log(`已生成 ${DEMO_PATH}`);
}
