import { z } from 'zod';
import type { Node as PMNode } from 'prosemirror-model';
import { IssueContent } from '../model/issue.ts';
import { Distribution } from '../model/meta.ts';
import { NODE } from '../model/nodes.ts';
import { newId } from '../model/ids.ts';
import { Template, TemplateSection } from '../model/template.ts';
import { UserError } from '../api/user-error.ts';
import { docJson, docNode } from '../schema/doc-node.ts';

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

  const before = docNode(issue.doc);
  const byKey = new Map<string, PMNode>();
  before.forEach((section) => byKey.set(String(section.attrs.key), section));
  const kept = new Set(sections.map((s) => s.key));
  const arriving = new Map<string, PMNode[]>();
  for (const [key, section] of byKey) {
    if (kept.has(key) || !section.childCount) continue;
    const target = settings.moveItems[key];
    if (!target || !kept.has(target)) throw new UserError(`${String(section.attrs.heading)}中还有 ${section.childCount} 篇稿件，删除这个栏目前请选好它们移到哪个栏目。`);
    section.forEach((item) => arriving.set(target, [...(arriving.get(target) ?? []), item]));
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
  const schema = before.type.schema;
  const doc = schema.nodes[NODE.doc]!.create(
    before.attrs,
    sections.map((s) => {
      const old = byKey.get(s.key);
      const items: PMNode[] = [];
      old?.forEach((item) => items.push(item));
      return schema.nodes[NODE.section]!.create({ ...old?.attrs, id: old?.attrs.id ?? newId(), key: s.key, heading: s.heading }, [...items, ...(arriving.get(s.key) ?? [])]);
    }),
  );
  const meta = { ...issue.meta, seriesTitle: settings.seriesTitle, issuingUnit: settings.issuingUnit, distribution: structuredClone(settings.distribution) };
  const checked = IssueContent.safeParse({ template, meta, doc: docJson(doc) });
  if (!checked.success) throw new UserError(checked.error.issues[0]!.message);
  return checked.data;
}
