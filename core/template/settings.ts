import { z } from 'zod';
import type { DocNode } from '../model/doc.ts';
import { IssueContent } from '../model/issue.ts';
import { Distribution } from '../model/meta.ts';
import { NODE } from '../model/nodes.ts';
import { newId } from '../model/ids.ts';
import { Template, TemplateSection } from '../model/template.ts';
import { UserError } from '../api/user-error.ts';

/**
 * What 简报设置 changes: the series' name and masthead, its sections and their rules, its page
 * rules, and its 报/送/发. A section with a `key` of the template is that section, renamed or moved;
 * one without is new. A section left out is removed; one that holds items must say where they go.
 */
export const IssueSettings = z.object({
  name: Template.shape.name,
  seriesTitle: z.string().trim().min(1, '报头标题不能为空。').max(200),
  issuingUnit: z.string().trim().max(200),
  color: Template.shape.styles.shape.masthead.shape.color,
  articleStartsNewPage: z.boolean(),
  toc: z.boolean(),
  sections: z
    .array(TemplateSection.omit({ key: true, printHeading: true, maxItems: true }).extend({ key: z.string().max(100).optional() }))
    .min(1, '简报至少要有一个栏目。')
    .max(30),
  /** Where the items of each removed section go: its key → the key of a section kept. */
  moveItems: z.record(z.string().max(100), z.string().max(100)).default({}),
  distribution: Distribution,
});
export type IssueSettings = z.input<typeof IssueSettings>;

/** The settings an issue has now, as the 简报设置 dialog starts from them. */
export function settingsOf(issue: IssueContent): z.output<typeof IssueSettings> {
  const t = issue.template;
  return {
    name: t.name,
    seriesTitle: issue.meta.seriesTitle,
    issuingUnit: issue.meta.issuingUnit,
    color: t.styles.masthead.color,
    articleStartsNewPage: t.articleStartsNewPage,
    toc: t.toc,
    sections: t.sections.map(({ key, heading, accepts, inToc }) => ({ key, heading, accepts, inToc })),
    moveItems: {},
    distribution: structuredClone(issue.meta.distribution),
  };
}

function headingText(heading: string): string {
  const bare = heading.trim().replace(/^【(.*)】$/u, '$1').trim();
  return `【${bare}】`;
}

/**
 * The issue with new settings: the template one version up, this issue's masthead and 报尾 as set,
 * and its sections renamed, added, reordered and removed as the template now has them, each item
 * kept (moved where the clerk said, for a section removed). Throws in Chinese when the settings
 * would lose an item or break the template's rules; the next issues of the series take the template.
 */
export function applySettings(issue: IssueContent, input: IssueSettings): IssueContent {
  const parsed = IssueSettings.safeParse(input);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]!.message);
  const settings = parsed.data;
  const old = issue.template;
  const keys = new Set(old.sections.map((s) => s.key));
  const sections: TemplateSection[] = settings.sections.map((s) => {
    const before = s.key && keys.has(s.key) ? old.sections.find((o) => o.key === s.key)! : null;
    const heading = before && !before.printHeading ? s.heading.trim() : headingText(s.heading);
    return { ...(before ?? { printHeading: true }), key: before?.key ?? `s${newId()}`, heading, accepts: s.accepts, inToc: s.inToc };
  });
  const headings = sections.map((s) => s.heading);
  const twice = headings.find((h, i) => headings.indexOf(h) !== i);
  if (twice) throw new UserError(`有两个栏目都叫${twice}，请改一个名字。`);

  const byKey = new Map((issue.doc.content ?? []).map((s) => [String(s.attrs?.key ?? ''), s]));
  const kept = new Set(sections.map((s) => s.key));
  const arriving = new Map<string, DocNode[]>();
  for (const [key, section] of byKey) {
    const items = section.content ?? [];
    if (kept.has(key) || !items.length) continue;
    const heading = String(section.attrs?.heading ?? key);
    const target = settings.moveItems[key];
    if (!target || !kept.has(target)) throw new UserError(`${heading}中还有 ${items.length} 篇稿件，删除这个栏目前请选好它们移到哪个栏目。`);
    arriving.set(target, [...(arriving.get(target) ?? []), ...items]);
  }

  const template: Template = {
    ...old,
    name: settings.name,
    version: old.version + 1,
    sections,
    articleStartsNewPage: settings.articleStartsNewPage,
    toc: settings.toc,
    masthead: { ...old.masthead, seriesTitle: settings.seriesTitle, issuingUnit: settings.issuingUnit, distribution: structuredClone(settings.distribution) },
    styles: { ...old.styles, masthead: { ...old.styles.masthead, color: settings.color } },
  };
  const doc: DocNode = {
    ...issue.doc,
    content: sections.map((s) => {
      const before = byKey.get(s.key);
      return {
        type: NODE.section,
        attrs: { ...(before?.attrs ?? {}), id: before?.attrs?.id ?? newId(), key: s.key, heading: s.heading },
        content: [...(before?.content ?? []), ...(arriving.get(s.key) ?? [])],
      };
    }),
  };
  const meta = { ...issue.meta, seriesTitle: settings.seriesTitle, issuingUnit: settings.issuingUnit, distribution: structuredClone(settings.distribution) };
  const checked = IssueContent.safeParse({ template, meta, doc });
  if (!checked.success) throw new UserError(checked.error.issues[0]!.message);
  return checked.data;
}
