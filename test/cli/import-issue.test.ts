import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { briefingFromLibreOffice, otherClassBriefing, type Briefing } from '../helpers/past-briefing.ts';
import type { DocNode } from '../../core/model/doc.ts';
import { jsonText } from '../helpers/json-text.ts';

/**
 * 导入往期简报 on the command line: last year's briefing of another class, set in LibreOffice as an
 * office sets one in Word (a big red masthead, 第N期, unit and date, a 目录, sections of its own,
 * articles with bylines, 心得 with signatures, photos with captions, the 报尾), saved as .docx, .doc
 * and PDF. Its words are the Songjiang briefing's (test/fixtures/samples), under another title and other section names.
 */
let dir: ReturnType<typeof tempDir>;
let briefing: Briefing;
let files: { docx: string; doc: string; pdf: string };

beforeAll(() => {
  dir = tempDir();
  briefing = otherClassBriefing(dir.path);
  files = briefingFromLibreOffice(dir.path, '往期简报', briefing);
}, 240_000);
afterAll(() => dir.remove());

interface Written {
  template: {
    name: string;
    toc: boolean;
    sections: { key: string; heading: string; accepts: string[] }[];
    masthead: { seriesTitle: string; printRun: number | null };
    styles: { masthead: { color: string } };
  };
  meta: { seriesTitle: string; issueNumber: number; cumulativeNumber: number | null; date: string; issuingUnit: string; distribution: Record<string, string[]>; printRun: number | null };
  doc: DocNode;
  photos: Record<string, unknown>;
}

/** Compared without spaces, and with the quotes the cleanup makes Chinese (`"四个区"` → `“四个区”`) as typed. */
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '').replace(/[“”]/gu, '"');
const part = (item: DocNode, type: string) => jsonText(item.content?.find((c) => c.type === type) ?? { type: 'text' });

function importIssue(file: string, out: string): { written: Written; out: string; err: string } {
  const r = runJianbao(dir.path, ['import-issue', file, '-o', out]);
  expect(r.code, r.err).toBe(0);
  return { written: JSON.parse(readFileSync(join(dir.path, out), 'utf8')) as Written, out: r.out, err: r.err };
}

/** Each section's articles as title and byline, its 心得 as signature, its photos as caption. */
function contents(doc: DocNode) {
  return (doc.content ?? []).map((s) => ({
    heading: String(s.attrs?.heading),
    items: (s.content ?? []).map((item) =>
      item.type === 'article'
        ? `${squeeze(part(item, 'articleTitle'))}|${squeeze(part(item, 'byline'))}`
        : item.type === 'reflection'
          ? `心得|${squeeze(part(item, 'byline'))}`
          : `照片|${squeeze(jsonText(item))}`,
    ),
  }));
}

function expected(options: { photos: boolean }) {
  return briefing.sections.map((s) => ({
    heading: s.heading,
    items: [
      ...s.articles.map((a) => `${squeeze(a.title)}|${squeeze(a.byline)}`),
      ...s.reflections.map((r) => `心得|${squeeze(r.signature)}`),
      ...(options.photos ? s.photos.map((p) => `照片|${squeeze(p.caption)}`) : []),
    ],
  }));
}

describe('jianbao import-issue', () => {
  it('reads the .docx into its series: masthead, sections of its own, every article in its place with its byline, 心得, photos and 报尾', () => {
    const { written, out } = importIssue(files.docx, 'docx.json');
    expect(written.meta).toMatchObject({
      seriesTitle: '浦南区中青年干部培训班简报',
      issueNumber: 3,
      cumulativeNumber: 15,
      date: '2025-06-18',
      issuingUnit: '中共浦南区委党校',
      distribution: { bao: ['区委组织部'], song: ['区委党校校委', '各分校'], fa: ['本期培训班全体学员'] },
      printRun: 80,
    });
    expect(written.template.sections.map((s) => [s.heading, s.accepts])).toEqual([
      ['【工作动态】', ['article']],
      ['【学员风采】', ['article']],
      ['【培训纪实】', ['article']],
      ['【心得体会】', ['reflection']],
      ['【图片新闻】', ['figure']],
    ]);
    expect(written.template.toc).toBe(true);
    expect(written.template.masthead.seriesTitle).toBe('浦南区中青年干部培训班简报');
    // Word's 深红, as the office set it (the built-in styles print #D40000).
    expect(written.template.styles.masthead.color).toBe('#C00000');
    expect(contents(written.doc)).toEqual(expected({ photos: true }));
    const visit = written.doc.content![0]!.content!.find((a) => part(a, 'articleTitle').startsWith('寻迹'))!;
    expect(part(visit, 'articleSubtitle')).toBe('——松江区第九期处级干部轮训班学员赴昆山学习考察');
    // The photos travel inside the file.
    expect(Object.keys(written.photos)).toHaveLength(2);
    expect(out).toContain('报头：浦南区中青年干部培训班简报');
    expect(out).toContain('期号：第 3 期（总第 15 期）');
    expect(out).toMatch(/【学员风采】\s+8 篇文章/u);
    expect(out).toMatch(/【心得体会】\s+\d+ 篇心得/u);
  });

  it('reads the PDF of the same briefing into the same sections and articles (its photos as slots under their captions)', () => {
    const { written, err } = importIssue(files.pdf, 'pdf.json');
    expect(written.meta).toMatchObject({ seriesTitle: '浦南区中青年干部培训班简报', issueNumber: 3, cumulativeNumber: 15, date: '2025-06-18', printRun: 80 });
    expect(contents(written.doc)).toEqual(expected({ photos: true }));
    expect(err).toContain('已留空照片位');
  });

  it('reads the same briefing saved as an old Word .doc into the same sections, articles and photos', () => {
    const { written } = importIssue(files.doc, 'doc.json');
    expect(written.meta).toMatchObject({ seriesTitle: '浦南区中青年干部培训班简报', issueNumber: 3, cumulativeNumber: 15, date: '2025-06-18', printRun: 80 });
    expect(contents(written.doc)).toEqual(expected({ photos: true }));
    expect(Object.keys(written.photos)).toHaveLength(2);
  });

  it('writes an issue file that jianbao export prints and 打开工程文件 (jianbao load) takes', () => {
    const loaded = runJianbao(dir.path, ['load', 'docx.json']);
    expect(loaded.code, loaded.err).toBe(0);
    expect(runJianbao(dir.path, ['issues']).out).toContain('浦南区中青年干部培训班简报');
    const r = runJianbao(dir.path, ['export', 'docx.json', '-o', '往期.docx']);
    expect(r.code, r.err).toBe(0);
    const text = execFileSync('pandoc', [join(dir.path, '往期.docx'), '-t', 'plain'], { encoding: 'utf8' });
    for (const heading of ['【工作动态】', '【学员风采】', '【心得体会】']) expect(text).toContain(heading);
    expect(text).toContain('浦南区中青年干部培训班简报');
  });
});
