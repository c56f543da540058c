/** Ids of issues, sections and items: random, so issues copied between machines never collide. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
