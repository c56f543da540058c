import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { generatedIssue, SHAPES } from '../helpers/generated-issues.ts';
import { renderDocx } from '../helpers/render-pdf.ts';
import { REPO } from '../helpers/web-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { bytesSource } from '../helpers/issue-photos.ts';

const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
const noPhotos = bytesSource(() => null);

describe('the exported DOCX', () => {
  it('is read back whole by mammoth', async () => {
    const { bytes } = await exportIssueDocx(demo, noPhotos);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain('松江区第九期处级干部轮训班开班');
    expect(html).toContain('（文/徐文震、赵丹阳 图/张炜）');
    expect(html).toContain('（共印60份）');
  });

  it('asks Word for no update on opening, and carries the page numbers as field results', async () => {
    const { bytes } = await exportIssueDocx(demo, noPhotos);
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']!);
    const settings = strFromU8(files['word/settings.xml']!);
    expect(settings).not.toContain('updateFields');
    expect(document).toContain('TOC \\h \\o &quot;1-2&quot; \\u');
    expect(document).toMatch(/PAGEREF jb_\d+<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+<\/w:t>/);
    expect(document).not.toContain('w:dirty="true"');
    // Section headings and titles carry outline levels, so Word's own update rebuilds the same 目录.
    expect(document).toContain('<w:outlineLvl w:val="0"/>');
    expect(document).toContain('<w:outlineLvl w:val="1"/>');
    expect(document).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(document).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    const fonts = strFromU8(files['word/fontTable.xml']!);
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  it('prints the masthead, the 报尾 at the foot of the last page, and odd/even page numbers', async () => {
    const { bytes, pagination } = await exportIssueDocx(demo, noPhotos);
    const pages = renderDocx(bytes);
    expect(pages[0]!.flat).toContain('2023-2027松江区第九期处级干部轮训班简报');
    expect(pages[0]!.flat).toContain('2025年5月21日');
    const last = pages.at(-1)!;
    expect(last.flat).toMatch(/报：区委组织部.*送：区委党校校委.*发：本期轮训班全体学员.*（共印60份）/u);
    expect(last.printed).toBe(pagination.bodyPages);
    const odd = pages.find((p) => p.printed === 1)!.text.split('\n').find((l) => /—\s*1\s*—/u.test(l))!;
    const even = pages.find((p) => p.printed === 2)!.text.split('\n').find((l) => /—\s*2\s*—/u.test(l))!;
    expect(odd.indexOf('—')).toBeGreaterThan(even.indexOf('—')); // odd at the right, even at the left
  });

  it('exports what cannot be printed as a list, and keeps going: long titles, huge paragraphs, missing and broken photos', async () => {
    const issue = generatedIssue({ ...SHAPES['one short article']!, photos: false });
    const article = issue.doc.content![0]!.content![0]!;
    article.content![0] = { type: 'articleTitle', content: [{ type: 'text', text: '很长的标题'.repeat(40) }] };
    article.content!.splice(1, 0, { type: 'paragraph', content: [{ type: 'text', text: '一段很长的文字，'.repeat(2500) }] });
    article.content!.splice(2, 0, { type: 'figure', attrs: { id: 'missing', photo: 'a'.repeat(64) }, content: [{ type: 'text', text: '找不到的照片' }] });
    const { bytes, problems, pagination } = await exportIssueDocx(issue, bytesSource((hash) => (hash === 'a'.repeat(64) ? { bytes: new Uint8Array([1, 2, 3]), mime: 'image/png' } : null)));
    expect(problems.some((p) => p.includes('“找不到的照片”无法读取，未印出'))).toBe(true);
    expect(pagination.bodyPages).toBeGreaterThan(20);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('leaves out characters XML cannot hold (U+FFFE, U+FFFF, controls, lone surrogates): the file parses as XML, opens in LibreOffice, and the clerk is told', async () => {
    const issue = generatedIssue({ ...SHAPES['one short article']!, photos: false });
    const article = issue.doc.content![0]!.content![0]!;
    article.content!.splice(1, 0, { type: 'paragraph', content: [{ type: 'text', text: '从PDF复制\uFFFE的文字\uFFFF带有\u0001控制\u000B字符\uD800和\u001F残缺。' }] });
    article.content!.splice(2, 0, { type: 'paragraph', content: [{ type: 'text', text: '\uFFFE' }] });
    issue.meta.theme = '学用贯通担使命\u0008 务实笃行启新程';
    const { bytes, problems } = await exportIssueDocx(issue, noPhotos);
    expect(problems).toContain('有 8 个无法写入 DOCX 的控制字符（多见于从损坏的 PDF 复制的文字），导出时已删除，请对照原稿核对：“学用贯通担使命”之后、“从PDF复制”之后、段首。');

    // Chromium's XML parser is strict: it refuses any character XML 1.0 does not allow.
    const parts = Object.entries(unzipSync(bytes)).filter(([name]) => /\.(xml|rels)$/u.test(name));
    // A lone surrogate would have been written as U+FFFD, the mark of a lost character.
    expect(parts.map(([, data]) => strFromU8(data)).join('')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD-\uFFFF]/u);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = await page.evaluate(
        (xml) => xml.flatMap(([name, text]) => (new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror') ? [name] : [])),
        parts.map(([name, data]) => [name, strFromU8(data)] as [string, string]),
      );
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
    expect(renderDocx(bytes).map((p) => p.flat).join('')).toContain('从PDF复制的文字带有控制字符和残缺。');
  });
});
