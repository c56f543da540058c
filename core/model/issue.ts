import * as z from 'zod';
import { IssueMeta } from './meta.ts';
import type { DocNode } from './doc.ts';
import { IssueDoc } from '../schema/issue-doc.ts';
import { templateById } from '../template/registry.ts';
import { sectionsOf, templateFault } from '../template/placement.ts';
import { docNode } from '../schema/doc-node.ts';

/** The fields of an issue, before the rules that tie the document to its template. */
export const IssueShape = z.object({
  template: z.string().max(100),
  meta: IssueMeta,
  doc: IssueDoc,
});

/** An issue must follow its template: known, and each section holding only what the template lets it hold. */
export function followsTemplate(issue: { template: string; doc: DocNode }, ctx: z.RefinementCtx): void {
  const template = templateById(issue.template);
  let fault = template ? null : `未知的简报模板“${issue.template}”。`;
  try {
    if (template) fault = templateFault(sectionsOf(docNode(issue.doc)), template);
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

