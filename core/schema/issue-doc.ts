import * as z from 'zod';
import type { DocNode } from '../model/doc.ts';
import { docFault } from './doc-fault.ts';

/** A document the editor can hold: checked against the editor's own schema, as every stored, loaded or imported one is. */
export const IssueDoc = z.custom<DocNode>().superRefine((doc, ctx) => {
  const fault = docFault(doc);
  if (fault) ctx.addIssue({ code: 'custom', message: fault });
});
