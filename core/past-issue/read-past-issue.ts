import type { CleanupWarning } from '../cleanup/damage.ts';
import type { RawBlock } from '../cleanup/raw-block.ts';
import { isMoved, REMOVAL_RULES, type RemovedText } from '../cleanup/removed.ts';
import { UserError } from '../api/user-error.ts';
import { todayIso } from '../model/date.ts';
import { newId } from '../model/ids.ts';
import { IssueContent } from '../model/issue.ts';
import { NODE, type ItemKind } from '../model/nodes.ts';
import type { Template, TemplateSection } from '../model/template.ts';
import { DEFAULT_TEMPLATE_ID, requireBuiltIn } from '../template/registry.ts';
import { compact, isSectionHeading, lineOf } from './lines.ts';
import { readMasthead } from './masthead.ts';
import { readTail } from './report-tail.ts';
import { leave, readSections, type Findings, type LeftOut } from './sections.ts';
import { findToc } from './toc.ts';

/** A past briefing as its file's reader gave it: its blocks in order, and what the reader itself noticed or left out. */
export interface BriefingSource {
  /** The file's name, for the template's source. */
  name: string;
  blocks: RawBlock[];
  warnings: CleanupWarning[];
  removed: RemovedText[];
}

/** What the preview shows of each section: its heading, what it holds, and its items' names. */
export interface SectionSummary {
  heading: string;
  kind: ItemKind;
  items: string[];
}

/** A past briefing read: the issue it makes (its template inside), and what the clerk must see before accepting it. */
export interface PastIssue {
  issue: IssueContent;
  sections: SectionSummary[];
  /** Whether it had a 目录, and how many lines it listed. */
  tocLines: number;
  warnings: CleanupWarning[];
  /** Every line that went into no item, and why. */
  leftOut: LeftOut[];
}

/** The share of article titles opening a page above which the series starts each article on a new page. */
const PAGE_STARTS_SHARE = 0.5;

/** Articles start on new pages when most of their titles open a page. */
function startsNewPage(blocks: RawBlock[], titles: Set<string>): boolean | null {
  const found = blocks.filter((b) => titles.has(compact(lineOf(b))));
  if (!found.length || !found.some((b) => b.look)) return null;
  return found.filter((b) => b.look?.pageStart).length / found.length >= PAGE_STARTS_SHARE;
}

/** The series' template: the Songjiang style's page and fonts, the sections found, the masthead (its colour too) and 报尾 as read. */
function templateOf(source: BriefingSource, sections: TemplateSection[], meta: IssueContent['meta'], look: { toc: boolean; newPage: boolean | null; colour: string | null }): Template {
  const base = structuredClone(requireBuiltIn(DEFAULT_TEMPLATE_ID));
  return {
    ...base,
    id: `series-${newId()}`,
    name: meta.seriesTitle.slice(0, 60) || '往期简报',
    version: 1,
    source: `由往期简报“${source.name}”导入；版式、字体取自${base.name}。`.slice(0, 2000),
    sections,
    articleStartsNewPage: look.newPage ?? base.articleStartsNewPage,
    toc: look.toc,
    masthead: {
      seriesTitle: meta.seriesTitle,
      issuingUnit: meta.issuingUnit,
      theme: '',
      distribution: structuredClone(meta.distribution),
      printRun: meta.printRun,
    },
    styles: { ...base.styles, masthead: { ...base.styles.masthead, color: look.colour ?? base.styles.masthead.color } },
  };
}

/**
 * Reads a past briefing, as offices make them in Word or WPS, into a series template and an issue:
 * the masthead (title, 期号, 编印单位 and date, 主题语), the 目录 (skipped, but its titles confirm the
 * articles'), the sections `【…】` with their articles (title, subtitle, byline), 心得 (signed) or
 * photos (captioned), and the 报尾 (报/送/发, print run). Each article is cleaned as a contribution
 * is. What was not found is a warning, and every line that went into no item is listed in `leftOut`.
 */
export function readPastIssue(source: BriefingSource): PastIssue {
  const { blocks } = source;
  const findings: Findings = { warnings: [...source.warnings], leftOut: source.removed.filter((r) => !isMoved(r)).map((r) => ({ text: r.text, why: REMOVAL_RULES[r.rule] })) };
  const tail = readTail(blocks);
  const front = blocks.slice(0, tail.start);
  const toc = findToc(front);
  const firstHeading = front.findIndex(isSectionHeading);
  // Without a 目录 or a section heading, the masthead is the lines before the first article's title and text.
  const prose = front.findIndex((b) => /[。！？]/u.test(lineOf(b)));
  const bodyStart = toc ? toc.end : firstHeading >= 0 ? firstHeading : prose < 0 ? front.length : Math.max(0, prose - 1);
  const masthead = readMasthead(front.slice(0, toc ? toc.start : bodyStart));
  if (toc) leave(front.slice(toc.start, toc.end), '目录（导出时按正文重新生成）', findings);
  for (const line of masthead.leftOut) findings.leftOut.push({ text: line, why: '报头中的其他文字' });
  for (const line of tail.leftOut) findings.leftOut.push({ text: line, why: '报尾中的其他文字' });

  const found = readSections(front.slice(bodyStart), toc?.titles ?? [], findings);
  const twice = found.map((s) => s.heading).find((h, i, all) => all.indexOf(h) !== i);
  if (twice) throw new UserError(`往期简报中有两个栏目都叫${twice}，无法导入。请在 Word 或 WPS 中改一个名字后再导入。`);
  if (!found.some((s) => s.items.length)) throw new UserError('没有在这份文件中找到任何文章、心得或照片，它可能不是一期简报。');

  const names = new Set(found.flatMap((s) => s.names.map(compact)));
  for (const title of toc?.titles ?? [])
    if (!/^【.*】$/u.test(title) && ![...names].some((n) => n.startsWith(title) || title.startsWith(n)))
      findings.warnings.push({ text: title, message: '目录中列出了这一篇，但正文中没有找到，请核对' });

  if (!masthead.seriesTitle) findings.warnings.push({ text: '', message: '没有找到报头标题，请在简报设置中填写' });
  if (masthead.issueNumber === null) findings.warnings.push({ text: '', message: '没有找到期号（第N期），已设为第 1 期，请核对' });
  if (masthead.date === null) findings.warnings.push({ text: '', message: '没有找到日期，已设为今天，请核对' });
  if (!masthead.issuingUnit) findings.warnings.push({ text: '', message: '没有找到编印单位，请核对' });
  if (tail.start === blocks.length) findings.warnings.push({ text: '', message: '没有找到报尾（报：送：发：），报送范围请在简报设置中填写' });

  const meta: IssueContent['meta'] = {
    seriesTitle: masthead.seriesTitle,
    issueNumber: masthead.issueNumber ?? 1,
    cumulativeNumber: masthead.cumulativeNumber,
    date: masthead.date ?? todayIso(),
    issuingUnit: masthead.issuingUnit,
    theme: masthead.theme,
    distribution: tail.distribution,
    printRun: tail.printRun,
  };
  const sections: TemplateSection[] = found.map((s) => ({
    key: `s${newId()}`,
    heading: s.heading,
    accepts: [s.kind],
    inToc: s.kind === NODE.article ? 'items' : 'heading',
    printHeading: true,
  }));
  const titles = new Set(found.filter((s) => s.kind === NODE.article).flatMap((s) => s.names.map(compact)));
  const template = templateOf(source, sections, meta, { toc: Boolean(toc), newPage: startsNewPage(front, titles), colour: masthead.colour });
  const doc = {
    type: NODE.doc,
    content: found.map((s, i) => ({ type: NODE.section, attrs: { id: newId(), key: sections[i]!.key, heading: s.heading }, content: s.items })),
  };
  const checked = IssueContent.safeParse({ template, meta, doc });
  if (!checked.success) throw new UserError(`往期简报读出的内容不符合简报的规则：${checked.error.issues[0]!.message}`);
  return {
    issue: checked.data,
    sections: found.map((s) => ({ heading: s.heading, kind: s.kind, items: s.names })),
    tocLines: toc ? toc.titles.length : 0,
    warnings: findings.warnings,
    leftOut: findings.leftOut,
  };
}

