/** What a cleanup changed, counted, for the notice `已清理：合并断行 12 处，标点 31 处…`. */
export interface ChangeCounts {
  joinedLines: number;
  spaces: number;
  punctuation: number;
  simplified: number;
  pinyin: number;
  boilerplate: number;
  pageFurniture: number;
  emptyParagraphs: number;
  /** Photo captions taken out of the text (they come back as photo slots). */
  captions: number;
}

export function newTally(): ChangeCounts {
  return { joinedLines: 0, spaces: 0, punctuation: 0, simplified: 0, pinyin: 0, boilerplate: 0, pageFurniture: 0, emptyParagraphs: 0, captions: 0 };
}

const LABELS: [keyof ChangeCounts, string][] = [
  ['joinedLines', '合并断行'],
  ['spaces', '删除多余空格'],
  ['punctuation', '标点'],
  ['simplified', '繁体转简体'],
  ['pinyin', '删除拼音注音'],
  ['boilerplate', '删除网页杂项'],
  ['pageFurniture', '删除页码页眉'],
  ['emptyParagraphs', '删除空段'],
  ['captions', '图片说明移到文末照片位'],
];

/** `已清理：合并断行 12 处，标点 31 处`, or null when nothing changed. */
export function describeChanges(c: ChangeCounts): string | null {
  const parts = LABELS.filter(([k]) => c[k] > 0).map(([k, label]) => `${label} ${c[k]} 处`);
  return parts.length ? `已清理：${parts.join('，')}` : null;
}
