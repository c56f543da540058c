import * as z from 'zod';
import { IssueMeta } from './meta.ts';
import type { DocNode } from './doc.ts';
import { IssueDoc } from '../schema/issue-doc.ts';
import { builtInTemplate } from '../template/registry.ts';
import { sectionsOf, templateFault } from '../template/placement.ts';
import { docNode } from '../schema/doc-node.ts';
import { Template } from './template.ts';

/**
 * An issue's template, as it travels with the issue. Issues and files saved before templates
 * travelled name a built-in one by its id: they get that template, and print as they always did.
 */
export const IssueTemplate = z.preprocess((value, ctx) => {
  if (typeof value !== 'string') return value;
  const template = builtInTemplate(value);
  if (!template) ctx.addIssue({ code: 'custom', message: `未知的简报模板“${value.slice(0, 100)}”。`, input: value });
  return template ?? {};
}, Template);

/** The fields of an issue, before the rules that tie the document to its template. */
export const IssueShape = z.object({
  template: IssueTemplate,
  meta: IssueMeta,
  doc: IssueDoc,
});

/** An issue must follow its template: known, and each section holding only what the template lets it hold. */
export function followsTemplate(issue: { template: Template; doc: DocNode }, ctx: z.RefinementCtx): void {
  let fault: string | null;
  try {
    fault = templateFault(sectionsOf(docNode(issue.doc)), issue.template);
  } catch {
    return; // not a document of the schema: IssueDoc says what is wrong with it
  }
  if (fault) ctx.addIssue({ code: 'custom', message: fault, path: ['doc'] });
}

/** One issue as the app edits it: its template, masthead data and the document (in its JSON form, as stored and sent). */
export const IssueContent = IssueShape.superRefine(followsTemplate);
export type IssueContent = z.infer<typeof IssueContent>;

export const Issue = IssueShape.extend({
  id: z.string().min(1).max(100),
  updatedAt: z.string(),
  /** Counts the saves: a save names the revision it grew from, so two windows never overwrite each other. */
  revision: z.number().int().min(0),
}).superRefine(followsTemplate);
export type Issue = z.infer<typeof Issue>;

