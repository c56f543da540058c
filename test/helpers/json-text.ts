import type { DocNode } from '../../core/model/doc.ts';

/** The text of a stored document's node (its JSON form), as the tests read issue files. */
export function jsonText(node: DocNode): string {
  return node.text ?? (node.content ?? []).map(jsonText).join('');
}
