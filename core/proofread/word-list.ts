import type { UserFormulations } from '../api/contract.ts';

/** What a word list holds: the clerk's phrases and wrong forms (the office's 模糊音 settings stay with the office). */
export type WordList = Pick<UserFormulations, 'phrases' | 'wrongForms'>;

/**
 * An office's own dictionary as a plain text file, so that offices can share it: one entry a line,
 * `错误写法=正确写法` for a wrong form, anything else a canonical phrase; lines starting with `#` are notes.
 */

const HEADER = [
  '# 简报工坊校对词典',
  '# 每行一条：规范表述直接写；常见错误写成“错误写法=正确写法”。以 # 开头的行是说明，导入时略过。',
];

/** What one line of a word list says, or why it cannot be read. */
type WordListLine = { phrase: string } | { wrong: string; correct: string } | { problem: string } | null;

const LIMIT = 60;

function parseWordListLine(raw: string): WordListLine {
  const line = raw.trim();
  if (!line || line.startsWith('#')) return null;
  const parts = line.split(/[=＝]/u).map((x) => x.trim());
  if (parts.length > 2 || (parts.length === 2 && !parts[0])) return { problem: `“${line}”的格式不对，应写成“错误写法=正确写法”。` };
  if (parts.some((p) => p.length > LIMIT)) return { problem: `“${line.slice(0, 20)}…”太长（一条最多 ${LIMIT} 个字）。` };
  if (parts.length === 2) return { wrong: parts[0]!, correct: parts[1]! };
  return [...line].length < 2 ? { problem: `规范表述“${line}”太短。` } : { phrase: line };
}

/** A word list read whole: its entries (each once), and the lines that could not be read. */
export function parseWordList(text: string): { list: WordList; problems: string[] } {
  const list: WordList = { phrases: [], wrongForms: [] };
  const problems: string[] = [];
  for (const raw of text.replace(/^\uFEFF/u, '').split(/\r?\n/u)) {
    const entry = parseWordListLine(raw);
    if (!entry) continue;
    if ('problem' in entry) problems.push(entry.problem);
    else if ('phrase' in entry) list.phrases.push({ text: entry.phrase });
    else list.wrongForms.push(entry);
  }
  return { list: mergeWordLists({ phrases: [], wrongForms: [] }, list), problems };
}

/** `base` with the entries of `more` it does not have yet, in order. */
export function mergeWordLists<T extends WordList>(base: T, more: WordList): T {
  const once = <T>(list: T[], key: (x: T) => string) => {
    const seen = new Set<string>();
    return list.filter((x) => !seen.has(key(x)) && Boolean(seen.add(key(x))));
  };
  return {
    ...base,
    phrases: once([...base.phrases, ...more.phrases], (p) => p.text),
    wrongForms: once([...base.wrongForms, ...more.wrongForms], (w) => w.wrong),
  };
}

/** The dictionary as a word list file. */
export function formatWordList(list: WordList): string {
  return [...HEADER, ...list.phrases.map((p) => p.text), ...list.wrongForms.map((w) => `${w.wrong}=${w.correct}`), ''].join('\n');
}
