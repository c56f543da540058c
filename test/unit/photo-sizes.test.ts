import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { imageOrientation, imageSize } from '../../core/model/image-size.ts';
import { printPixels, printedWidths, WEB_WIDTH_PX } from '../../core/layout/photo-sizes.ts';
import { layoutIssue } from '../../core/layout/layout-issue.ts';
import { largeExportNote, LARGE_EXPORT_BYTES } from '../../core/model/export-size.ts';
import { photoPlaces } from '../../core/model/photo.ts';
import { issueFromTemplate } from '../../core/model/new-issue.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import type { DocNode } from '../../core/model/doc.ts';
import { docNode, issueModel } from '../../core/schema/doc-node.ts';

const MB = 1024 * 1024;
const image = (format: 'jpeg' | 'png' | 'webp', orientation?: number) => {
  const made = sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })[format]();
  return (orientation ? made.withMetadata({ orientation }) : made).toBuffer();
};

describe('reading a photo’s orientation from its header', () => {
  for (const format of ['jpeg', 'png', 'webp'] as const)
    it(`agrees with libvips on every EXIF orientation of a ${format}`, async () => {
      for (const orientation of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const bytes = await image(format, orientation);
        const shown = (await sharp(bytes).metadata()).autoOrient;
        expect(imageOrientation(bytes), `orientation ${orientation}`).toBe(orientation);
        expect(imageSize(bytes), `orientation ${orientation}`).toEqual({ width: shown.width, height: shown.height });
      }
    });

  it('reads a big-endian (Motorola) EXIF block, and takes a file without EXIF as upright', async () => {
    // libvips writes Intel order; cameras often write Motorola: the same directory, bytes swapped.
    const tiff = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0]);
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([0, tiff.length + 8]), Buffer.from('Exif\0\0', 'latin1'), tiff]);
    const plain = await image('jpeg');
    const motorola = Buffer.concat([plain.subarray(0, 2), app1, plain.subarray(2)]);
    expect(imageSize(motorola)).toEqual({ width: 30, height: 40 });
    expect((await sharp(motorola).metadata()).orientation).toBe(6);
    expect(imageOrientation(plain)).toBe(1);
    expect(imageSize(plain)).toEqual({ width: 40, height: 30 });
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
  });
});

describe('the size a photo is made for', () => {
  const template = requireBuiltIn(DEFAULT_TEMPLATE_ID);
  const issue = issueFromTemplate(template);
  const figure = (id: string, photo: string, caption = ''): DocNode => ({ type: 'figure', attrs: { id, photo }, content: caption ? [{ type: 'text', text: caption }] : [] });
  issue.doc.content![1]!.content = [
    {
      type: 'article',
      attrs: { id: 'a' },
      content: [
        { type: 'articleTitle', content: [{ type: 'text', text: '开班' }] },
        figure('f1', 'wide'),
        { type: 'paragraph', content: [{ type: 'text', text: '正文。' }] },
        { type: 'byline', content: [{ type: 'text', text: '张三' }] },
      ],
    },
  ];
  issue.doc.content![4]!.content = [figure('g1', 'landscape', '开班式'), figure('g2', 'portrait'), figure('g3', 'wide', '同一张')];
  const sizes = { wide: { width: 4000, height: 2000 }, landscape: { width: 4000, height: 3000 }, portrait: { width: 3000, height: 4000 } } as Record<string, { width: number; height: number }>;
  const layout = layoutIssue(issueModel(issue), (hash) => sizes[hash] ?? null);
  const widths = printedWidths(layout.print);

  it('is about 300 ppi at the printed width: 1843 px across the 156 mm text width, about 870 in 【学习掠影】', () => {
    expect(layout.geometry.textWidthPt).toBeCloseTo((156 / 25.4) * 72, 0);
    expect(printPixels(layout.geometry.textWidthPt)).toBe(1843);
    // A photo printed in two places is made for the wider.
    expect(widths.get('wide')).toBeCloseTo(layout.geometry.textWidthPt, 3);
    const gallery = printPixels(widths.get('landscape')!);
    expect(gallery).toBeGreaterThan(820);
    expect(gallery).toBeLessThan(900);
    // A portrait photo is held by its height: narrower than the landscape one beside it, its shape kept.
    expect(widths.get('portrait')!).toBeLessThan(widths.get('landscape')! * 0.8);
    expect(WEB_WIDTH_PX).toBe(1080);
  });

  it('names each photo by where the clerk finds it', () => {
    const places = photoPlaces(docNode(issue.doc));
    expect(places.get('wide')).toBe('《开班》中的第 1 张照片');
    expect(places.get('landscape')).toBe('【学习掠影】中的照片“开班式”');
    expect(places.get('portrait')).toBe('【学习掠影】中的第 2 张照片');
  });
});

describe('what an export over 20 MB says', () => {
  const photos = [
    { place: '【学习掠影】中的照片“开班式”', bytes: 6 * MB, full: true, resampled: false },
    { place: '【学习掠影】中的第 2 张照片', bytes: 8 * MB, full: true, resampled: false },
    { place: '《开班》中的第 1 张照片', bytes: 7 * MB, full: true, resampled: false },
  ];
  it('says nothing of a file that goes by e-mail', () => {
    expect(largeExportNote(LARGE_EXPORT_BYTES, photos)).toBeNull();
  });
  it('gives the size, the photos’ share and the largest full-size photo', () => {
    expect(largeExportNote(23 * MB, photos)).toBe('导出的文件有 23 MB，其中照片 21 MB（【学习掠影】中的第 2 张照片等 3 张全尺寸照片）。如要通过邮件发送，可改为按打印尺寸导出照片。');
  });
  it('says when the photos are not what made it large', () => {
    expect(largeExportNote(30 * MB, [{ place: '照片', bytes: 2 * MB, full: false, resampled: true }])).toBe('导出的文件有 30 MB，其中照片 2 MB；文件较大，部分邮箱可能无法发送。');
  });
});
