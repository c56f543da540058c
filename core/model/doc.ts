import { z } from 'zod';
import { docFault } from '../schema/doc-fault.ts';

/** ProseMirror's JSON form of one node, as Tiptap's `getJSON()` gives it. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** A document the editor can hold: checked against the editor's own schema (see core/schema/). */
export const IssueDoc = z.custom<DocNode>().superRefine((doc, ctx) => {
  const fault = docFault(doc);
  if (fault) ctx.addIssue({ code: 'custom', message: fault });
});
