import { z } from 'zod';
import { IssueMeta } from './meta.ts';
import { IssueDoc } from './doc.ts';

/** One issue as the app edits it: its template, masthead data and the Tiptap document. */
export const IssueContent = z.object({
  template: z.string().max(100),
  meta: IssueMeta,
  doc: IssueDoc,
});
export type IssueContent = z.infer<typeof IssueContent>;

export const Issue = IssueContent.extend({
  id: z.string().min(1).max(100),
  updatedAt: z.string(),
});
export type Issue = z.infer<typeof Issue>;
