import { cleanTitleText } from '../core/cleanup/clean-text.ts';
import { normalizeName } from '../core/model/byline.ts';

/** One line of the sample briefing's printed 目录. */
export type TocEntry =
  | { kind: 'section'; heading: string; page: number }
  | { kind: 'item'; title: string; authors: string[]; page: number };

/**
 * Reads the 目录 printed in the sample (`标题(作者、作者)07`), joining titles the PDF wrapped
 * onto two lines.
 */
export function parseSampleToc(lines: string[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let pending = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const section = /^(【.+?】)\s*(\d+)$/u.exec(line);
    if (section) {
      entries.push({ kind: 'section', heading: section[1]!, page: Number(section[2]) });
      continue;
    }
    const text = pending + line;
    const item = /^(.*)[(（]([^()（）]+)[)）][.．\s]*(\d+)$/u.exec(text);
    if (!item) {
      pending = text;
      continue;
    }
    pending = '';
    entries.push({
      kind: 'item',
      title: cleanTitleText(item[1]!),
      authors: item[2]!.split(/[、,，]/u).map(normalizeName).filter(Boolean),
      page: Number(item[3]),
    });
  }
  return entries;
}
