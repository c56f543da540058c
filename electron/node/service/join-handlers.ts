/**
 * Two areas' handlers as one. A call both would answer is a type error here (its second answer
 * must be `never`), not the later one silently winning, as a spread would let it.
 */
export function joinHandlers<A extends object, B extends object>(a: A, b: B & { [K in keyof A & keyof B]: never }): A & B {
  return { ...a, ...b };
}
