/** Character classes the cleanup rules are written in. */
export const HAN = '\\p{Script=Han}';
/** Full-width marks that sit beside Chinese text. */
export const FULL_PUNCT = '，。、；：？！（）“”‘’《》〈〉【】…—·「」『』〔〕';
export const CJK = `[${HAN}${FULL_PUNCT}]`;

const hanRe = /\p{Script=Han}/u;
export function hasHan(text: string): boolean {
  return hanRe.test(text);
}

/** Marks that end a sentence, so a paragraph ending in one is really finished. */
// A half-width full stop right after a Chinese character ends a sentence too (text typed with an English keyboard).
export const SENTENCE_END = /[。！？!?…；;：:]$|[。！？…][”’）)」』]$|\p{Script=Han}\.$/u;
