import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { solidPng } from './png.ts';
import { join } from 'node:path';
import { REPO } from './web-server.ts';
import { readSample, SAMPLE_FILES } from './samples.ts';

export interface BriefingArticle {
  title: string;
  subtitle?: string;
  /** Paragraphs; a subhead is `{ subhead }`. */
  body: ({ text: string } | { subhead: string })[];
  byline: string;
}
export interface BriefingReflection {
  paragraphs: string[];
  signature: string;
}
export interface BriefingPhoto {
  picture: string;
  caption: string;
}
export interface BriefingSection {
  heading: string;
  articles: BriefingArticle[];
  reflections: BriefingReflection[];
  photos: BriefingPhoto[];
}
export interface Briefing {
  seriesTitle: string;
  /** `第3期（总第15期）`. */
  number: string;
  unitAndDate: string;
  sections: BriefingSection[];
  tail: string[];
}

const SECTION = /^【[^】]+】$/u;
/** `(文/徐文震、赵丹阳 图/张 炜)`, `(王维平)`: a byline line of the sample. */
const BYLINE = /^[（(].{1,80}[)）]$/u;
/** A couplet closing an article with its byline after it on the line: `…谱新篇 (第二党小组)`. */
const TRAILING_BYLINE = /^(.+?)\s+([（(][^()（）]{2,12}[)）])$/u;

/**
 * The Songjiang briefing's body (test/fixtures/samples, its text as a PDF extraction gave it) read
 * into sections, articles with their titles, subheads and bylines, and 心得 with their signatures:
 * the words a past briefing of another class is made from in the tests.
 */
export function sampleBriefingSections(): BriefingSection[] {
  const lines = readSample(SAMPLE_FILES.briefing).split('\n');
  const bodyStart = lines.findIndex((l, i) => i > lines.findIndex((x) => /目\s*录/u.test(x)) && /^#+\s*【/u.test(l));
  const sections: BriefingSection[] = [];
  let article: BriefingArticle | null = null;
  let reflection: BriefingReflection | null = null;
  const section = () => sections.at(-1)!;
  const byline = (text: string) => {
    const bare = text.replace(/^[（(]|[)）]$/gu, '').replace(/[)）]\s*[（(]/gu, ' ');
    if (reflection) {
      reflection.signature = bare;
      section().reflections.push(reflection);
      reflection = null;
    } else if (article) {
      article.byline = bare;
      section().articles.push(article);
      article = null;
    }
  };
  for (const raw of lines.slice(bodyStart)) {
    const line = raw.trim();
    if (!line) continue;
    const heading = /^#+\s*(.+)$/u.exec(line)?.[1]?.trim();
    if (heading && SECTION.test(heading)) {
      sections.push({ heading, articles: [], reflections: [], photos: [] });
      continue;
    }
    if (BYLINE.test(line)) {
      byline(line);
      continue;
    }
    const closing = TRAILING_BYLINE.exec(line);
    const text = closing ? closing[1]! : line;
    if (/感悟/u.test(section().heading)) {
      reflection ??= { paragraphs: [], signature: '' };
      reflection.paragraphs.push(text);
    } else if (heading && !article) article = { title: heading, body: [], byline: '' };
    else if (article) article.body.push(heading ? { subhead: heading } : { text });
    if (closing) byline(closing[2]!);
  }
  return sections;
}

type Line = { text: string; size?: number; bold?: boolean; colour?: number; align?: 'left' | 'centre' | 'right'; indent?: boolean; pageBefore?: boolean } | { picture: string };

/** The briefing as an office sets it: a masthead in Word's 深红, 目录, each article on a new page, bylines at the right, the 报尾 under a rule of its own. */
function linesOf(b: Briefing): Line[] {
  const out: Line[] = [
    { text: b.seriesTitle, size: 26, bold: true, colour: 0xc00000, align: 'centre' },
    { text: b.number, size: 16, align: 'centre' },
    { text: b.unitAndDate, size: 14 },
    { text: '目  录', size: 18, bold: true, align: 'centre' },
  ];
  for (const s of b.sections) {
    out.push({ text: s.heading, size: 14, bold: true });
    for (const a of s.articles) out.push({ text: `${a.title}（${a.byline.replace(/^(?:文|图文)\//u, '').replace(/\s*图\/.*$/u, '')}）`, size: 14 });
  }
  let first = true;
  for (const s of b.sections) {
    out.push({ text: s.heading, size: 16, bold: true, pageBefore: first });
    first = false;
    s.articles.forEach((a, i) => {
      out.push({ text: a.title, size: 22, bold: true, align: 'centre', pageBefore: i > 0 });
      if (a.subtitle) out.push({ text: a.subtitle, size: 16, align: 'centre' });
      for (const p of a.body) out.push('subhead' in p ? { text: p.subhead, bold: true, indent: true } : { text: p.text, indent: true });
      out.push({ text: `（${a.byline}）`, align: 'right' });
    });
    for (const r of s.reflections) {
      for (const p of r.paragraphs) out.push({ text: p, indent: true });
      out.push({ text: `（${r.signature}）`, align: 'right' });
    }
    for (const p of s.photos) {
      out.push({ picture: p.picture });
      out.push({ text: p.caption, size: 14, align: 'centre' });
    }
  }
  out.push({ text: '', pageBefore: true }, ...b.tail.map((text) => ({ text, size: 14 })));
  return out;
}

/**
 * A past briefing set in LibreOffice Writer through its UNO bridge (test/tools/libreoffice-briefing.py),
 * saved by it as `dir/name.docx`, `dir/name.doc` and `dir/name.pdf`. Returns their paths.
 */
export function briefingFromLibreOffice(dir: string, name: string, briefing: Briefing): { docx: string; doc: string; pdf: string } {
  const spec = join(dir, `${name}.json`);
  writeFileSync(spec, JSON.stringify({ lines: linesOf(briefing) }));
  // Debian's Python: python3-uno is built for it, not for another Python on PATH.
  execFileSync('/usr/bin/python3', [join(REPO, 'test/tools/libreoffice-briefing.py'), spec, join(dir, name)], { stdio: 'pipe', timeout: 180_000 });
  return { docx: join(dir, `${name}.docx`), doc: join(dir, `${name}.doc`), pdf: join(dir, `${name}.pdf`) };
}

const RENAMED: Record<string, string> = { '【简讯】': '【工作动态】', '【学习交流】': '【学员风采】', '【学习动态】': '【培训纪实】', '【学习感悟】': '【心得体会】', '【学习掠影】': '【图片新闻】' };

/**
 * Last year's briefing of another class: the sample's words under another series title and other
 * section names, one article with a subtitle, two photos (written into `dir`) with captions, and a 报尾.
 */
export function otherClassBriefing(dir: string): Briefing {
  const sections = sampleBriefingSections().map((s) => ({ ...s, heading: RENAMED[s.heading]! }));
  // A title with its subtitle, as offices set a report of a visit.
  const visit = sections[0]!.articles.find((a) => a.title.startsWith('寻迹'))!;
  visit.title = '寻迹"昆山之路" 共绘发展蓝图';
  visit.subtitle = '——松江区第九期处级干部轮训班学员赴昆山学习考察';
  const photos = sections.find((s) => s.heading === '【图片新闻】')!;
  photos.photos = [
    { picture: join(dir, 'a.png'), caption: '学员们在开班式上认真听讲' },
    { picture: join(dir, 'b.png'), caption: '学员赴昆山开展现场教学' },
  ];
  writeFileSync(photos.photos[0]!.picture, solidPng(400, 250, [200, 40, 40]));
  writeFileSync(photos.photos[1]!.picture, solidPng(400, 250, [40, 40, 200]));
  return {
    seriesTitle: '浦南区中青年干部培训班简报',
    number: '第3期（总第15期）',
    unitAndDate: '中共浦南区委党校        2025年6月18日',
    sections,
    tail: ['报：区委组织部', '送：区委党校校委、各分校', '发：本期培训班全体学员', '（共印80份）'],
  };
}
