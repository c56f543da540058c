import type { Node as PMNode } from 'prosemirror-model';
import type { IssueMeta } from './meta.ts';
import type { Template } from './template.ts';

/**
 * An issue as the core's rules read it: its document as ProseMirror nodes of the issue schema. The
 * JSON form (IssueContent) is for the edges only: the store, the API contract and the issue file;
 * core/schema/doc-node.ts converts between them, once where a document comes in.
 */
export interface IssueModel {
  template: Template;
  meta: IssueMeta;
  doc: PMNode;
}
