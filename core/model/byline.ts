/** A byline as the briefing prints it: roles with names (`文/徐文震、赵丹阳 图/张 炜`) or a plain signature (`王维平`). */
export type Byline =
  | { kind: 'roles'; roles: { role: string; names: string[] }[] }
  | { kind: 'signature'; text: string };

export const BYLINE_ROLES = ['图文', '文', '图', '摄影', '摄'] as const;
const ROLE = new RegExp(`(${BYLINE_ROLES.join('|')})\\s*[/／]`, 'gu');

/** Names are written without the padding space of two-character names (`张 炜` is 张炜). */
export function normalizeName(name: string): string {
  return name.replace(/[\s\u3000]+/gu, '').trim();
}

export function parseByline(raw: string): Byline {
  const text = raw.trim().replace(/^[（(]|[)）]$/gu, '').replace(/[)）]\s*[（(]/gu, ' ');
  const marks = [...text.matchAll(ROLE)];
  if (marks.length === 0) return { kind: 'signature', text: normalizeName(text) };
  const roles = marks.map((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    const names = text.slice(start, end).split(/[、，,]/u).map(normalizeName).filter(Boolean);
    return { role: m[1]!, names };
  });
  return { kind: 'roles', roles };
}

/** The authors a 目录 names: writers (文, 图文), else whoever signed. */
export function tocAuthors(byline: Byline): string[] {
  if (byline.kind === 'signature') return byline.text ? [byline.text] : [];
  const writers = byline.roles.filter((r) => r.role === '文' || r.role === '图文');
  const chosen = writers.length ? writers : byline.roles;
  return [...new Set(chosen.flatMap((r) => r.names))];
}

/** The byline's text as stored and printed inside its parentheses: `文/徐文震、赵丹阳 图/张炜`. */
export function formatByline(byline: Byline): string {
  if (byline.kind === 'signature') return byline.text;
  return byline.roles.map((r) => `${r.role}/${r.names.join('、')}`).join(' ');
}
