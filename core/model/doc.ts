/**
 * ProseMirror's JSON form of one node: the document as it crosses an edge (the store, the API contract,
 * the issue file). The core's rules take the nodes themselves (core/schema/doc-node.ts converts).
 */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}
