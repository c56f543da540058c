/**
 * How deep a payload may nest. The deepest call the UI makes (an issue's document: a section, an
 * item, a quotation, a paragraph, a text with marks) stays under 20; the schemas that check a
 * payload recurse, so anything far deeper is refused before they see it.
 */
export const MAX_PAYLOAD_DEPTH = 64;

/** Whether a parsed JSON value nests arrays and objects deeper than `limit`, found without recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
