import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { unzipSync } from 'fflate';
import { tempDir } from '../helpers/tmp.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { phonePhoto } from '../helpers/phone-photos.ts';
import { photoHash } from '../../electron/node/store/photos-repo.ts';
import { issueFromTemplate } from '../../core/model/new-issue.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import { ISSUE_FILE_FORMAT, ISSUE_FILE_VERSION } from '../../core/model/issue-file.ts';

/**
 * An issue file as an older version (or `jianbao load`'s source) holds it: the phone's originals,
 * six 4000×3000 JPEGs, one held upright (EXIF orientation 6), and no resampled copy anywhere. The
 * command line exports it small, and whole with --full-photos.
 */
const dir = tempDir();
const file = join(dir.path, '第5期.json');
let originals: Buffer[] = [];
const jianbao = (...args: string[]) => runJianbao(dir.path, args);

beforeAll(async () => {
  originals = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => phonePhoto(200 + i, { orientation: i === 1 ? 6 : undefined })));
  const content = issueFromTemplate(requireBuiltIn(DEFAULT_TEMPLATE_ID));
  content.doc.content![4]!.content = originals.map((p, i) => ({ type: 'figure', attrs: { id: `f${i}`, photo: photoHash(p) }, content: [{ type: 'text', text: `第${i + 1}组研讨` }] }));
  const photos = Object.fromEntries(originals.map((p) => [photoHash(p), { mime: 'image/jpeg', data: p.toString('base64') }]));
  writeFileSync(file, JSON.stringify({ format: ISSUE_FILE_FORMAT, version: ISSUE_FILE_VERSION, ...content, photos }));
}, 120_000);
afterAll(() => dir.remove());

const media = (docx: string) => Object.entries(unzipSync(readFileSync(docx))).filter(([name]) => name.startsWith('word/media/')).map(([, bytes]) => Buffer.from(bytes));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

describe('jianbao export of an issue file with original photos', () => {
  it('resamples them for print and the 公众号, and says so', async () => {
    const total = originals.reduce((n, p) => n + p.length, 0);
    const docx = jianbao('export', file, '-o', 'small.docx');
    expect(docx.code).toBe(0);
    expect(docx.out).toContain('6 张照片已按所需尺寸缩小（打印约 300 ppi，公众号 1080 像素宽），原图不变；加 --full-photos 可放入全尺寸照片。');
    const pictures = await Promise.all(media(join(dir.path, 'small.docx')).map((b) => sharp(b).metadata()));
    expect(pictures.map((p) => Math.max(p.width, p.height)).every((side) => side < 900)).toBe(true);
    expect(pictures.filter((p) => p.height > p.width)).toHaveLength(1);

    const html = jianbao('export', file, '-o', 'post.html');
    expect(html.code).toBe(0);
    const uris = [...readFileSync(join(dir.path, 'post.html'), 'utf8').matchAll(/src="data:image\/jpeg;base64,([^"]+)"/gu)].map((m) => Buffer.from(m[1]!, 'base64'));
    expect(uris).toHaveLength(6);
    for (const uri of uris) expect((await sharp(uri).metadata()).width).toBe(1080);

    const sizes = { photos: total, docx: statSync(join(dir.path, 'small.docx')).size, html: statSync(join(dir.path, 'post.html')).size };
    console.log(`6 originals ${mb(sizes.photos)}: DOCX ${mb(sizes.docx)}, 公众号 HTML ${mb(sizes.html)}`);
    expect(sizes.docx).toBeLessThan(sizes.photos / 10);
  }, 120_000);

  it('keeps the originals with --full-photos, upright, and says the file is large and why', async () => {
    const full = jianbao('export', file, '-o', 'full.docx', '--full-photos');
    expect(full.code).toBe(0);
    expect(full.err).toMatch(/注意：导出的文件有 \d+ MB，其中照片 \d+ MB（【学习掠影】中的照片“第\d组研讨”等 6 张全尺寸照片）。/u);
    const embedded = media(join(dir.path, 'full.docx'));
    // The upright ones are the originals, byte for byte; the one held upright is turned, at full size.
    const same = embedded.filter((b) => originals.some((o) => o.equals(b)));
    expect(same).toHaveLength(5);
    const turned = await Promise.all(embedded.filter((b) => !same.includes(b)).map((b) => sharp(b).metadata()));
    expect(turned.map((m) => [m.width, m.height, m.orientation ?? 1])).toEqual([[3000, 4000, 1]]);
  }, 120_000);
});
