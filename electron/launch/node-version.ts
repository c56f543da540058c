/** Electron's own tooling (its download, @electron/rebuild) needs this Node; the rest of the project runs on Node 20.19. */
export const ELECTRON_TOOLING_NODE = '22.12.0';

export function nodeAtLeast(wanted: string, actual = process.versions.node): boolean {
  const [a, b, c] = actual.split('.').map(Number);
  const [x, y, z] = wanted.split('.').map(Number);
  return a! !== x! ? a! > x! : b! !== y! ? b! > y! : c! >= z!;
}

/** Why Electron's tooling cannot run on this Node, or null. */
export function toolingNodeProblem(what: string): string | null {
  return nodeAtLeast(ELECTRON_TOOLING_NODE) ? null : `${what}需要 Node.js ${ELECTRON_TOOLING_NODE} 或更高版本（当前是 ${process.versions.node}）`;
}
