import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { strFromU8, unzipSync } from 'fflate';
import { dispatch } from '../../electron/node/api/dispatch.ts';
import { importIssueFile } from '../../electron/node/service/issue-file-io.ts';
import { photoHash } from '../../electron/node/store/photos-repo.ts';
import { issueFromTemplate } from '../../core/model/new-issue.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import { ISSUE_FILE_FORMAT, ISSUE_FILE_VERSION } from '../../core/model/issue-file.ts';
import { storeForEachTest } from '../helpers/store-session.ts';
import { phonePhoto } from '../helpers/phone-photos.ts';

const session = storeForEachTest();
const template = requireBuiltIn(DEFAULT_TEMPLATE_ID);

/** The images a DOCX embeds, with their pixel sizes. */
async function embedded(base64: string): Promise<{ bytes: number; width: number; height: number }[]> {
  const media = Object.entries(unzipSync(Buffer.from(base64, 'base64'))).filter(([name]) => name.startsWith('word/media/'));
  return Promise.all(media.map(async ([, bytes]) => ({ bytes: bytes.length, ...(await sharp(bytes).metadata()) })));
}

/** An issue file as an older version wrote it: the originals only, no copies anywhere. */
function issueFileWith(photos: Buffer[]): string {
  const content = issueFromTemplate(template);
  content.doc.content![4]!.content = photos.map((p, i) => ({ type: 'figure', attrs: { id: `f${i}`, photo: photoHash(p) }, content: [{ type: 'text', text: `照片${i + 1}` }] }));
  const files = Object.fromEntries(photos.map((p) => [photoHash(p), { mime: 'image/jpeg', data: p.toString('base64') }]));
  return JSON.stringify({ format: ISSUE_FILE_FORMAT, version: ISSUE_FILE_VERSION, ...content, photos: files });
}

const copies = () => (session.store.db.prepare('SELECT purpose, LENGTH(data) AS bytes FROM photo_copies ORDER BY purpose').all() as { purpose: string; bytes: number }[]);

describe('photos stored with an issue', () => {
  it('keep the original, give the editor a 1080-pixel copy, and report a portrait phone photo as portrait', async () => {
    const original = await phonePhoto(1, { width: 2400, height: 1800, orientation: 6 });
    const stored = await session.api.putPhoto({ data: original.toString('base64') });
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 1800, height: 2400 });
    expect(Buffer.compare(session.store.photos.get(stored.hash)!.data, original)).toBe(0);
    const shown = await session.api.getPhoto({ hash: stored.hash });
    const screen = await sharp(Buffer.from(shown.data, 'base64')).metadata();
    // Upright pixels, no orientation left for a reader to get wrong.
    expect([screen.width, screen.height, screen.orientation ?? 1]).toEqual([1080, 1440, 1]);
  });

  it('refuse what is not a usable image with a message saying why', async () => {
    const refused = async (bytes: Buffer) => dispatch(session.api, 'putPhoto', { data: bytes.toString('base64') });
    expect(await refused(Buffer.from('这是一份说明文字，不是照片。'))).toEqual({ ok: false, error: '这不是图片，或不是支持的图片格式：请使用 JPG、PNG、GIF 或 WebP 图片。' });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(40)]);
    expect(await refused(heic)).toMatchObject({ ok: false, error: expect.stringContaining('HEIC 格式') });
    const truncated = (await phonePhoto(2, { width: 800, height: 600 })).subarray(0, 400);
    expect(await refused(truncated)).toEqual({ ok: false, error: '图片已损坏或无法读取，请重新导出或换一张照片。' });
    expect(session.store.db.prepare('SELECT COUNT(*) AS n FROM photos').get()).toEqual({ n: 0 });
  });

  it('export small from an issue file of originals: copies are made when missing, kept for the next export, and go with their photo', async () => {
    const photos = await Promise.all([0, 1, 2].map((i) => phonePhoto(10 + i, { width: 3200, height: 2400, orientation: i === 1 ? 6 : undefined })));
    const { id } = importIssueFile(session.store, issueFileWith(photos));
    expect(copies()).toEqual([]);

    const first = await session.api.exportDocx({ id });
    const images = await embedded(first.data);
    expect(images).toHaveLength(3);
    for (const image of images) expect(image.width).toBeLessThan(900); // half the text width at 300 ppi, not 3200
    expect(images.filter((i) => i.height > i.width)).toHaveLength(1); // the orientation-6 photo prints portrait
    expect(first.photos).toBe(3); // made smaller
    expect(first.sizeNote).toBeNull();
    const kept = copies();
    expect(kept.filter((c) => c.purpose.startsWith('print-'))).toHaveLength(3);

    // The second export takes the kept copies: the same bytes, no new ones.
    const second = await session.api.exportDocx({ id });
    expect((await embedded(second.data)).map((i) => i.bytes).sort()).toEqual(images.map((i) => i.bytes).sort());
    expect(copies()).toEqual(kept);

    // At full quality: the originals, turned upright where they were not.
    const full = await session.api.exportDocx({ id, fullPhotos: true });
    expect((await embedded(full.data)).map((i) => [i.width, i.height]).sort()).toEqual([[2400, 3200], [3200, 2400], [3200, 2400]]);

    // A photo no document shows any more goes, with its copies.
    session.store.issues.moveToTrash(id);
    session.store.db.prepare("UPDATE issues SET deleted_at = '2000-01-01T00:00:00.000Z'").run();
    session.store.db.prepare("UPDATE photos SET created_at = '2000-01-01T00:00:00.000Z'").run();
    session.store.issues.purgeExpired();
    session.store.photos.collect(new Set(), new Date());
    expect(copies()).toEqual([]);
  });

  it('name a photo too large to handle, and export the rest', async () => {
    // A JPEG whose header says 20000 × 14000 pixels: past the limit before a byte of it is decoded.
    const small = await phonePhoto(3, { width: 400, height: 300 });
    const sof = small.indexOf(Buffer.from([0xff, 0xc0]));
    const huge = Buffer.from(small);
    huge.writeUInt16BE(14000, sof + 5);
    huge.writeUInt16BE(20000, sof + 7);
    const fine = await phonePhoto(4, { width: 2000, height: 1500 });
    const { id } = importIssueFile(session.store, issueFileWith([fine, huge]));
    const result = await session.api.exportDocx({ id });
    expect(result.problems).toContain('【学习掠影】中的照片“照片2”未印出：图片太大（20000×14000 像素，超过了能处理的 2.68 亿像素），请先缩小后再插入。');
    expect(await embedded(result.data)).toHaveLength(1);
    const document = strFromU8(unzipSync(Buffer.from(result.data, 'base64'))['word/document.xml']!);
    expect(document).toContain('照片2');
  });
});
