import type { Node as PMNode } from 'prosemirror-model';
import type { DocNode } from '../model/doc.ts';
import type { IssueMeta } from '../model/meta.ts';
import type { Template } from '../model/template.ts';
import type { IssueModel } from '../model/issue-model.ts';
import { issueSchema } from './issue-schema.ts';

/** A stored, sent or loaded document (its JSON, checked by docFault) as ProseMirror nodes, where it comes in. */
export function docNode(json: DocNode): PMNode {
  return issueSchema().nodeFromJSON(json);
}

/** A document's JSON, for the store, the API and the issue file. */
export function docJson(doc: PMNode): DocNode {
  return doc.toJSON() as DocNode;
}

/** An issue from the store, the API or an issue file, with its document as nodes for the core's rules. */
export function issueModel(issue: { template: Template; meta: IssueMeta; doc: DocNode }): IssueModel {
  return { template: issue.template, meta: issue.meta, doc: docNode(issue.doc) };
}
